/** @vitest-environment happy-dom */
import { afterEach, describe, expect, test } from 'vitest';
import { ProfileForm } from '../../components/profile-form';
import { emptyProfile, LANGUAGE_NAMES, reportName, type Profile } from '../../lib/rules';
import { untranslatedText, usePseudoMessages } from '../i18n/pseudo';
import { mount, unmountAll } from './render';

afterEach(unmountAll);

/** Every section shown: a Type 2 (period), a Type 1 (as-of date), a report not held. */
const profile: Profile = {
  ...emptyProfile(),
  company: 'Acme',
  soc2: { held: true, type: 'type2', periodStart: '2025-07-01', periodEnd: '2026-06-30' },
  soc1: { held: true, type: 'type1', asOf: '2026-01-31' },
  iso27001: { held: true, expiry: '2027-03-01' },
  wording: { soc2: 'Our line', de: { soc2: 'Unsere Zeile' } },
};

function form(saving = false): HTMLElement {
  return mount(
    <ProfileForm
      profile={profile}
      errors={[]}
      onChange={() => undefined}
      onSubmit={() => undefined}
      saving={saving}
    />,
  );
}

const labelOf = (root: HTMLElement, id: string) =>
  root.querySelector(`label[for="${id}"]`)?.textContent;

describe('ProfileForm words', () => {
  test('in English, names the report in its checkbox and picks the date label by state', () => {
    const root = form();
    expect(labelOf(root, 'profile-soc2-held')).toBe('We hold a current SOC 2 report');
    expect(labelOf(root, 'profile-soc2-nextReportDate')).toBe('Expected date of the next report');
    expect(labelOf(root, 'profile-soc1-nextReportDate')).toBe('Expected date of the first Type 2');
    expect(labelOf(root, 'profile-soc3-nextReportDate')).toBe('Expected date of the first report');
    expect(root.querySelector('form')?.getAttribute('aria-label')).toBe('Your reports');
    expect(root.querySelector('button[type="submit"]')?.textContent).toBe('Save');
  });

  test('while saving, the button says so', () => {
    const root = form(true);
    expect(root.querySelector('button[type="submit"]')?.textContent).toBe('Saving…');
  });

  test('leaves no English in the pseudo-language', () => {
    usePseudoMessages();
    const root = form();
    expect(labelOf(root, 'profile-soc2-held')).toBe('⟦profileHoldReport SOC 2⟧');
    expect(root.querySelector('#profile-access-ndaProcess')?.getAttribute('placeholder')).toBe(
      '⟦profileNdaPlaceholder⟧',
    );
    expect(labelOf(root, 'profile-wording-de-soc2')).toBe(
      '⟦profileWordingLanguageLabel SOC 2 Deutsch⟧',
    );
    expect(root.querySelector('label[for="profile-wording-soc2-add"]')?.textContent).toBe(
      '⟦profileWordingAdd⟧',
    );
    // Report names come from the rules library, which has its own words; languages are named
    // in themselves (Deutsch, Français) whatever the page's language; the rest is data.
    const names = ['soc2', 'soc1', 'soc3', 'iso27001', 'bridge-letter'] as const;
    expect(
      untranslatedText(root, [
        ...names.map((id) => reportName(id)),
        ...Object.values(LANGUAGE_NAMES),
        'Acme',
        'Our line',
        'Unsere Zeile',
      ]),
    ).toEqual([]);
  });
});
