/** @vitest-environment happy-dom */
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../entrypoints/options/app';
import { listAlwaysScan } from '../../lib/activation';
import { LANGUAGE_NAMES } from '../../lib/rules';
import { mount, unmountAll } from '../components/render';
import { untranslatedText, usePseudoMessages } from '../i18n/pseudo';

// The activation helper talks to chrome.scripting and permissions, which the fake browser lacks.
vi.mock('../../lib/activation', () => ({
  listAlwaysScan: vi.fn(),
  removeAlwaysScan: vi.fn(),
}));

const ORIGIN = 'https://portal.acme.com';

/** Data the test puts in, and the languages' own names in the language select. */
const ALLOWED = [
  ORIGIN,
  'Policy Co',
  'bad.json',
  'soc2.periodEnd',
  ...Object.values(LANGUAGE_NAMES),
];

beforeEach(() => {
  fakeBrowser.reset();
  usePseudoMessages();
});

afterEach(unmountAll);

async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
  }
}

async function openPage(): Promise<HTMLElement> {
  const root = mount(<App />);
  await vi.waitFor(() => expect(root.querySelector('form')).not.toBeNull());
  await settle();
  return root;
}

/**
 * The parts of the page the options page itself words, and the preview's advice (the rules'
 * sentences, said in the page's language). Left out: the profile form (its own screen's words),
 * the answers in the preview (the answer box's, in the sample questions' language), and texts that come from the
 * storage and profile checks (the reason a stored value was unreadable, each field's error).
 */
function ownParts(root: HTMLElement): Element[] {
  const selectors = [
    'header',
    '.status',
    '.banner-managed',
    '.banner-problem > h2',
    '.banner-problem > p:not(:first-of-type)',
    '.banner-problem > ul',
    '.transfer > :not(.import-errors)',
    '.import-errors > p',
    '.sites',
    '.language',
    '.preview > h2',
    '.preview h3',
    '.preview .which-soc-answer-advice',
  ];
  return selectors.flatMap((selector) => Array.from(root.querySelectorAll(selector)));
}

function leftInEnglish(roots: Element[]): string[] {
  return roots.flatMap((root) => untranslatedText(root, ALLOWED));
}

describe('options page in the pseudo-language', () => {
  test('every word it shows comes from the locale files', async () => {
    vi.mocked(listAlwaysScan).mockResolvedValue([ORIGIN]);
    await fakeBrowser.storage.local.set({ profile: '{"version": 2, "comp' });
    await fakeBrowser.storage.managed.set({
      profile: {
        company: 'Policy Co',
        soc2: { held: true, type: 'type2', periodStart: '2025-07-01', periodEnd: '2026-06-30' },
        bridgeLetterAvailable: true,
        touchesFinancialReporting: false,
        access: {
          trustCenterUrl: 'https://trust.policy.example',
          email: 'soc@policy.example',
          ndaProcess: 'Click-through NDA',
        },
      },
    });
    const root = await openPage();
    // A failed import shows its own status and error list.
    const input = root.querySelector<HTMLInputElement>('input[type=file]')!;
    const bad = new File(
      [JSON.stringify({ version: 1, soc2: { periodEnd: '30/06/2026' } })],
      'bad.json',
    );
    Object.defineProperty(input, 'files', { value: [bad], configurable: true });
    await act(async () => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await settle();

    const parts = ownParts(root);
    // Every part is there, so the walk below cannot pass by finding nothing.
    for (const selector of [
      '.banner-managed',
      '.banner-problem > ul',
      '.import-errors > p',
      '.preview .which-soc-answer-advice',
    ]) {
      expect(root.querySelector(selector), selector).not.toBeNull();
    }
    expect(root.querySelector('.sites li')?.textContent).toContain(ORIGIN);
    expect(root.querySelector('.status')?.textContent).toContain('optionsImportFailed');
    expect(root.querySelector('.banner-managed')?.textContent).toContain('⟦optionsPartCompany⟧');
    expect(leftInEnglish(parts)).toEqual([]);
  });

  test('the empty site list, the unsaved status and an invalid policy are translated too', async () => {
    vi.mocked(listAlwaysScan).mockResolvedValue([]);
    await fakeBrowser.storage.managed.set({ profile: { soc2: { held: 'yes' } } });
    const root = await openPage();
    const company = root.querySelector<HTMLInputElement>('#profile-company')!;
    await act(async () => {
      company.value = 'Acme';
      company.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await settle();
    expect(root.querySelector('.status')?.textContent).toBe('⟦optionsUnsaved⟧');
    expect(root.querySelector('.which-soc-site-list-empty')).not.toBeNull();
    const invalid = root.querySelector('.banner-problem');
    expect(invalid?.querySelector('h2')?.textContent).toBe('⟦optionsManagedInvalidTitle⟧');
    const parts = [
      ...ownParts(root).filter((part) => !part.closest('.banner-problem')),
      ...Array.from(invalid!.querySelectorAll(':scope > h2, :scope > p')),
    ];
    expect(leftInEnglish(parts)).toEqual([]);
  });
});
