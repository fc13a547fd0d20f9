/**
 * @vitest-environment happy-dom
 */
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { SiteList } from '../../components/site-list';

let root: HTMLElement;

beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});

afterEach(() => {
  render(null, root);
  root.remove();
});

describe('SiteList', () => {
  test('lists each origin as text with its own Remove button', () => {
    render(
      <SiteList
        origins={['https://a.example.com', 'https://b.example.com']}
        onRemove={() => undefined}
      />,
      root,
    );
    const list = root.querySelector('ul[aria-label="Sites scanned automatically"]');
    expect(list).not.toBeNull();
    const items = [...root.querySelectorAll('li')];
    expect(items.map((item) => item.querySelector('.which-soc-site-origin')?.textContent)).toEqual([
      'https://a.example.com',
      'https://b.example.com',
    ]);
    const buttons = [...root.querySelectorAll('button')];
    expect(buttons.map((button) => button.getAttribute('aria-label'))).toEqual([
      'Remove https://a.example.com',
      'Remove https://b.example.com',
    ]);
    expect(buttons.every((button) => button.textContent === 'Remove')).toBe(true);
  });

  test('Remove calls back with that origin only', () => {
    const onRemove = vi.fn();
    render(
      <SiteList origins={['https://a.example.com', 'https://b.example.com']} onRemove={onRemove} />,
      root,
    );
    root
      .querySelector<HTMLButtonElement>('button[aria-label="Remove https://b.example.com"]')
      ?.click();
    expect(onRemove).toHaveBeenCalledTimes(1);
    expect(onRemove).toHaveBeenCalledWith('https://b.example.com');
  });

  test('says how to add a site when the list is empty', () => {
    render(<SiteList origins={[]} onRemove={() => undefined} />, root);
    expect(root.querySelector('ul')).toBeNull();
    expect(root.textContent).toContain('Always scan this site');
  });

  test('an origin that looks like markup stays text', () => {
    render(
      <SiteList
        origins={['https://<img src=x onerror=alert(1)>.test']}
        onRemove={() => undefined}
      />,
      root,
    );
    expect(root.querySelector('img')).toBeNull();
    expect(root.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});
