/** @vitest-environment happy-dom */
import { afterEach, describe, expect, test } from 'vitest';
import { act } from 'preact/test-utils';
import { messageFor, TextPjSection } from '../../components/text-pj-section';
import { smsUri } from '../../lib/contact';
import { FINDINGS, PAGE_URL } from '../fixtures/popup-state';
import { click, mount, unmountAll } from './render';

afterEach(unmountAll);

function hrefOf(root: HTMLElement): string {
  return root.querySelector('[data-testid="text-pj-link"]')?.getAttribute('href') ?? '';
}

function bodyOf(root: HTMLElement): string {
  return decodeURIComponent(hrefOf(root).split('?&body=')[1] ?? '');
}

describe('TextPjSection', () => {
  test('says nothing about English to an English UI (the message already is)', () => {
    const root = mount(<TextPjSection findings={FINDINGS} pageUrl={PAGE_URL} />);
    expect(root.querySelector('h2')?.textContent).toBe('Still unsure? Text PJ');
    expect(root.querySelector('[data-testid="text-pj-english"]')).toBeNull();
  });

  test('prefills what the page asks for and our reading, without the address', () => {
    const root = mount(<TextPjSection findings={FINDINGS} pageUrl={PAGE_URL} />);
    const body = bodyOf(root);
    expect(body).toContain('"SOC 2 Type II report", "ISO 27001 certificate", "bridge letter"');
    expect(body).toContain('Our reading: SOC 2 Type 2, ISO 27001 and a bridge letter.');
    expect(body).not.toContain(PAGE_URL);
    expect(root.querySelector<HTMLInputElement>('input[type="checkbox"]')?.checked).toBe(false);
  });

  test('adds the page address only when the box is ticked', async () => {
    const root = mount(<TextPjSection findings={FINDINGS} pageUrl={PAGE_URL} />);
    await click(root.querySelector('input[type="checkbox"]'));
    expect(bodyOf(root)).toContain(PAGE_URL);
    expect(root.querySelector('textarea')?.value).toContain(PAGE_URL);
  });

  test('quotes the question when there is a single finding', () => {
    const root = mount(<TextPjSection findings={FINDINGS.slice(0, 1)} />);
    expect(bodyOf(root)).toContain(`The question: "${FINDINGS[0]?.question}"`);
    expect(root.querySelector('input[type="checkbox"]')).toBeNull();
  });

  test('asks a general question when the page has no findings', () => {
    const root = mount(<TextPjSection findings={[]} />);
    expect(hrefOf(root)).toBe(smsUri(messageFor([])));
  });

  test('sends what the user typed', async () => {
    const root = mount(<TextPjSection findings={FINDINGS} />);
    const area = root.querySelector('textarea');
    if (!area) throw new Error('no textarea');
    await act(async () => {
      area.value = 'Hi PJ, quick one: SOC 1 or SOC 2 for a payroll API?';
      area.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(bodyOf(root)).toBe('Hi PJ, quick one: SOC 1 or SOC 2 for a payroll API?');
  });
});
