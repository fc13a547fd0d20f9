/** @vitest-environment happy-dom */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { FindingsList } from '../../components/findings-list';
import { ThisPage, type PageState, type ThisPageProps } from '../../components/this-page';
import { ANSWER, FINDINGS, HOSTILE_FINDING, PAGE_URL } from '../fixtures/popup-state';
import { byText, click, mount, unmountAll } from './render';

afterEach(unmountAll);

function props(state: PageState, extra: Partial<ThisPageProps> = {}): ThisPageProps {
  return {
    state,
    answerOf: () => ANSWER,
    hasProfile: true,
    onShow: vi.fn(),
    onScan: vi.fn(),
    onAlwaysScan: vi.fn(),
    onOpenOptions: vi.fn(),
    ...extra,
  };
}

describe('ThisPage', () => {
  test('says it is looking while findings load', () => {
    const root = mount(<ThisPage {...props({ kind: 'loading' })} />);
    expect(root.querySelector('[role="status"]')?.textContent).toMatch(/Looking for/);
  });

  test('shows an error as an alert', () => {
    const root = mount(<ThisPage {...props({ kind: 'error', message: 'Cannot scan.' })} />);
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('Cannot scan.');
  });

  test('offers "Scan this page" and "Always scan this site" when no content script answered', async () => {
    const p = props({ kind: 'not-scanned', origin: 'https://portal.example.com' });
    const root = mount(<ThisPage {...p} />);
    await click(byText(root, 'button', 'Scan this page'));
    await click(byText(root, 'button', 'Always scan this site'));
    expect(p.onScan).toHaveBeenCalledOnce();
    expect(p.onAlwaysScan).toHaveBeenCalledOnce();
  });

  test('hides "Always scan this site" when the origin is unknown, and disables scan while scanning', () => {
    const root = mount(<ThisPage {...props({ kind: 'not-scanned', scanning: true })} />);
    expect(byText(root, 'button', 'Always scan this site')).toBeUndefined();
    expect(byText<HTMLButtonElement>(root, 'button', 'Scanning…')?.disabled).toBe(true);
  });

  test('says plainly when the page asks for nothing', () => {
    const root = mount(<ThisPage {...props({ kind: 'ready', url: PAGE_URL, findings: [] })} />);
    expect(root.textContent).toContain('This page asks for no audit report.');
    expect(root.querySelector('li')).toBeNull();
  });

  test('gives the one-line verdict and one entry per finding', () => {
    const root = mount(
      <ThisPage {...props({ kind: 'ready', url: PAGE_URL, findings: FINDINGS })} />,
    );
    expect(root.querySelector('[data-testid="verdict"]')?.textContent).toBe(
      'This questionnaire asks for SOC 2 Type 2, ISO 27001 and a bridge letter.',
    );
    expect(root.querySelectorAll('li.finding')).toHaveLength(FINDINGS.length);
    expect(root.textContent).toContain('3 requests on this page.');
  });

  test('without a profile, says answers are generic and links to the options', async () => {
    const p = props({ kind: 'ready', url: PAGE_URL, findings: FINDINGS }, { hasProfile: false });
    const root = mount(<ThisPage {...p} />);
    expect(root.textContent).toContain('These answers are generic.');
    await click(byText(root, 'button', 'Fill in your reports'));
    expect(p.onOpenOptions).toHaveBeenCalledOnce();
  });

  test('"Refresh" asks again, both with and without findings', async () => {
    for (const findings of [[], FINDINGS]) {
      const onRefresh = vi.fn();
      const p = props({ kind: 'ready', url: PAGE_URL, findings }, { onRefresh });
      const root = mount(<ThisPage {...p} />);
      await click(byText(root, 'button', 'Refresh'));
      expect(onRefresh).toHaveBeenCalledOnce();
    }
  });

  test('with a profile, does not nag', () => {
    const root = mount(
      <ThisPage {...props({ kind: 'ready', url: PAGE_URL, findings: FINDINGS })} />,
    );
    expect(root.textContent).not.toContain('generic');
  });
});

describe('FindingsList', () => {
  test('shows the phrase, the question, our reading and the answer', () => {
    const answerOf = vi.fn(() => ANSWER);
    const root = mount(<FindingsList findings={FINDINGS} answerOf={answerOf} onShow={vi.fn()} />);
    const first = root.querySelector('li.finding');
    expect(first?.querySelector('summary')?.textContent).toBe('SOC 2 Type 2“SOC 2 Type II report”');
    expect(first?.textContent).toContain(FINDINGS[0]?.question);
    expect(first?.textContent).toContain(
      'Our reading: SOC 2 Type 2: “SOC 2 Type II report” names SOC 2',
    );
    expect(first?.textContent).toContain(ANSWER.text);
    expect(answerOf).toHaveBeenCalledWith(FINDINGS[0]);
  });

  test('opens the first finding and keeps the others folded', () => {
    const root = mount(
      <FindingsList findings={FINDINGS} answerOf={() => ANSWER} onShow={vi.fn()} />,
    );
    const open = Array.from(root.querySelectorAll('details')).map((d) => d.open);
    expect(open).toEqual([true, false, false]);
  });

  test('"Show on page" sends the finding\'s own index', async () => {
    const onShow = vi.fn();
    const root = mount(
      <FindingsList findings={FINDINGS} answerOf={() => ANSWER} onShow={onShow} />,
    );
    const buttons = root.querySelectorAll('button[aria-label^="Show"]');
    await click(buttons[2]);
    expect(onShow).toHaveBeenCalledWith(FINDINGS[2]?.index, undefined);
  });

  test('"Show on page" also sends the frame of a finding the popup tagged with one', async () => {
    const onShow = vi.fn();
    const tagged = FINDINGS.map((finding, position) => ({ ...finding, frameId: position * 3 }));
    const root = mount(<FindingsList findings={tagged} answerOf={() => ANSWER} onShow={onShow} />);
    await click(root.querySelectorAll('button[aria-label^="Show"]')[2]);
    expect(onShow).toHaveBeenCalledWith(FINDINGS[2]?.index, 6);
  });

  test('renders hostile page text as text: no img or script element is created', () => {
    const root = mount(
      <FindingsList findings={[HOSTILE_FINDING]} answerOf={() => ANSWER} onShow={vi.fn()} />,
    );
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('script')).toBeNull();
    expect(root.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(root.textContent).toContain('<script>alert(2)</script>');
  });

  test('Escape closes an open finding and focuses its summary', () => {
    const root = mount(
      <FindingsList findings={FINDINGS} answerOf={() => ANSWER} onShow={vi.fn()} />,
    );
    const details = root.querySelector('details');
    const button = details?.querySelector('button');
    button?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(details?.open).toBe(false);
    expect(document.activeElement).toBe(details?.querySelector('summary'));
  });
});
