/** @vitest-environment happy-dom */
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../entrypoints/options/app';
import { emptyProfile, type Profile } from '../../lib/rules';
import { loadProfile, saveProfile } from '../../lib/storage';
import { byText, click, mount, unmountAll } from '../components/render';

// The activation helper talks to chrome.scripting and permissions, which the fake browser lacks.
vi.mock('../../lib/activation', () => ({
  listAlwaysScan: vi.fn(async () => []),
  removeAlwaysScan: vi.fn(async () => true),
}));

const acme: Profile = {
  ...emptyProfile(),
  company: 'Acme',
  soc2: { held: true, type: 'type2', periodStart: '2025-07-01', periodEnd: '2026-06-30' },
  wording: { soc2: 'Yes: {company} holds a {report}.' },
};

beforeEach(() => {
  fakeBrowser.reset();
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

function labelled<T extends HTMLElement>(root: HTMLElement, text: string): T {
  const label = Array.from(root.querySelectorAll('label')).find(
    (candidate) => candidate.textContent?.trim() === text,
  );
  const control = label && root.querySelector<T>(`#${label.htmlFor}`);
  if (!control) throw new Error(`no control labelled "${text}"`);
  return control;
}

async function choose(select: HTMLSelectElement, value: string): Promise<void> {
  await act(async () => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

async function type(input: HTMLTextAreaElement, value: string): Promise<void> {
  await act(async () => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

describe('own wording per language on the options page', () => {
  test('adds a German text, saves it, and shows it again after a reload', async () => {
    await saveProfile(acme);
    const root = await openPage();
    expect(labelled<HTMLTextAreaElement>(root, 'SOC 2 (English)').value).toBe(acme.wording.soc2);
    expect(root.querySelector('#profile-wording-de-soc2')).toBeNull();

    const add = root.querySelector<HTMLSelectElement>('#profile-wording-soc2-add')!;
    expect(add.labels?.[0]?.textContent).toBe('Add a text in another language');
    await choose(add, 'de');
    const german = labelled<HTMLTextAreaElement>(root, 'SOC 2 (Deutsch)');
    expect(german.lang).toBe('de');
    expect(document.activeElement).toBe(german);
    // Once added, German is no longer offered for this report.
    expect(Array.from(add.options).map((option) => option.value)).not.toContain('de');

    await type(german, 'Ja: {company} hat einen {report}.');
    await click(byText(root, 'button', 'Save'));
    await settle();
    expect((await loadProfile()).profile?.wording).toEqual({
      soc2: acme.wording.soc2,
      de: { soc2: 'Ja: {company} hat einen {report}.' },
    });

    unmountAll();
    const again = await openPage();
    expect(labelled<HTMLTextAreaElement>(again, 'SOC 2 (Deutsch)').value).toBe(
      'Ja: {company} hat einen {report}.',
    );
    expect(labelled<HTMLTextAreaElement>(again, 'SOC 2 (English)').value).toBe(acme.wording.soc2);
    // Other reports show no German box until one is added.
    expect(again.querySelector('#profile-wording-de-soc1')).toBeNull();
  });

  test('emptying a language’s text removes it from the saved profile', async () => {
    await saveProfile({ ...acme, wording: { ...acme.wording, fr: { soc2: 'Oui.' } } });
    const root = await openPage();
    await type(labelled<HTMLTextAreaElement>(root, 'SOC 2 (Français)'), '');
    // The box stays while the page is open, so a text being retyped does not vanish.
    expect(root.querySelector('#profile-wording-fr-soc2')).not.toBeNull();
    await click(byText(root, 'button', 'Save'));
    await settle();
    expect((await loadProfile()).profile?.wording).toEqual(acme.wording);
  });

  test('imports an export file written before wording had languages, unchanged', async () => {
    const root = await openPage();
    // A version 2 export of an earlier release: one English text per report.
    const old = `{
  "version": 2,
  "company": "Acme",
  "soc1": { "held": false, "type": null },
  "soc2": { "held": true, "type": "type2", "periodStart": "2025-07-01", "periodEnd": "2026-06-30" },
  "soc3": { "held": false, "type": null },
  "iso27001": { "held": false },
  "bridgeLetterAvailable": false,
  "touchesFinancialReporting": null,
  "access": {},
  "wording": { "soc2": "Yes: {company} holds a {report}." }
}
`;
    const input = root.querySelector<HTMLInputElement>('input[type=file]')!;
    Object.defineProperty(input, 'files', {
      value: [new File([old], 'old.json')],
      configurable: true,
    });
    await act(async () => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await settle();
    expect((await loadProfile()).profile).toEqual(acme);
    expect(labelled<HTMLTextAreaElement>(root, 'SOC 2 (English)').value).toBe(acme.wording.soc2);
  });
});
