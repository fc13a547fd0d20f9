/** @vitest-environment happy-dom */
import { afterEach, describe, expect, test } from 'vitest';
import { ProfileForm } from '../../components/profile-form';
import { emptyProfile, type Profile } from '../../lib/rules';
import { mount, unmountAll } from './render';

afterEach(unmountAll);

const profile: Profile = {
  ...emptyProfile(),
  company: 'Acme',
  soc2: { held: true, type: 'type2', periodStart: '2025-07-01', periodEnd: '2026-06-30' },
  touchesFinancialReporting: true,
  wording: { soc2: 'Our line', soc1: 'Mine' },
};

function form(locked?: ReadonlySet<string>): HTMLElement {
  return mount(
    <ProfileForm
      profile={profile}
      errors={[]}
      onChange={() => undefined}
      onSubmit={() => undefined}
      locked={locked}
    />,
  );
}

const control = <T extends Element>(root: HTMLElement, id: string) =>
  root.querySelector<T>(`#${id}`)!;

describe('ProfileForm with locked fields', () => {
  test('every kind of control the policy sets is read-only and says who set it', () => {
    const root = form(
      new Set(['company', 'soc2.held', 'soc2.type', 'touchesFinancialReporting', 'wording.soc2']),
    );
    expect(control<HTMLInputElement>(root, 'profile-company').readOnly).toBe(true);
    expect(control<HTMLInputElement>(root, 'profile-soc2-held').disabled).toBe(true);
    expect(control<HTMLSelectElement>(root, 'profile-soc2-type').disabled).toBe(true);
    for (const value of ['true', 'false', 'null']) {
      expect(
        control<HTMLInputElement>(root, `profile-touchesFinancialReporting-${value}`).disabled,
      ).toBe(true);
    }
    expect(control<HTMLTextAreaElement>(root, 'profile-wording-soc2').readOnly).toBe(true);
    const marks = Array.from(root.querySelectorAll('.field-managed'), (mark) => mark.id).sort();
    expect(marks).toEqual([
      'profile-company-managed',
      'profile-soc2-held-managed',
      'profile-soc2-type-managed',
      'profile-touchesFinancialReporting-managed',
      'profile-wording-soc2-managed',
    ]);
    for (const mark of root.querySelectorAll('.field-managed')) {
      expect(mark.textContent).toBe('Set by your organisation');
    }
    // The company input is described by its line, for screen readers.
    expect(control(root, 'profile-company').getAttribute('aria-describedby')).toContain(
      'profile-company-managed',
    );
    // Fields not in the set stay editable.
    expect(control<HTMLInputElement>(root, 'profile-soc2-periodEnd').readOnly).toBe(false);
    expect(control<HTMLTextAreaElement>(root, 'profile-wording-soc1').readOnly).toBe(false);
  });

  test('a report whose wording the policy sets is read-only in every language', () => {
    const root = mount(
      <ProfileForm
        profile={{ ...profile, wording: { ...profile.wording, de: { soc2: 'Richtlinie' } } }}
        errors={[]}
        onChange={() => undefined}
        onSubmit={() => undefined}
        locked={new Set(['wording.soc2'])}
      />,
    );
    expect(control<HTMLTextAreaElement>(root, 'profile-wording-soc2').readOnly).toBe(true);
    expect(control<HTMLTextAreaElement>(root, 'profile-wording-de-soc2').readOnly).toBe(true);
    expect(root.querySelector('#profile-wording-de-soc2-managed')).not.toBeNull();
    // No language can be added to it; other reports still take one.
    expect(root.querySelector('#profile-wording-soc2-add')).toBeNull();
    expect(root.querySelector('#profile-wording-soc1-add')).not.toBeNull();
  });

  test('without locked fields nothing is read-only and no line is shown', () => {
    const root = form();
    expect(root.querySelector('.field-managed')).toBeNull();
    expect(root.querySelector('[readonly], :disabled:not(button)')).toBeNull();
    // Positive controls: the same query finds a locked text field and a locked checkbox.
    const locked = form(new Set(['company', 'soc1.held']));
    expect(locked.querySelectorAll('[readonly], :disabled:not(button)')).toHaveLength(2);
  });
});
