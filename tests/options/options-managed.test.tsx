/** @vitest-environment happy-dom */
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../entrypoints/options/app';
import { listAlwaysScan } from '../../lib/activation';
import { emptyProfile, type Profile } from '../../lib/rules';
import { loadProfile, saveProfile } from '../../lib/storage';
import { byText, click, mount, unmountAll } from '../components/render';

// The activation helper talks to chrome.scripting and permissions, which the fake browser lacks.
vi.mock('../../lib/activation', () => ({
  listAlwaysScan: vi.fn(),
  removeAlwaysScan: vi.fn(),
}));

const own: Profile = {
  ...emptyProfile(),
  company: 'Own Co',
  soc2: { held: true, type: 'type1', asOf: '2025-03-01' },
  access: { ndaProcess: 'Ask me first' },
};

const policy = {
  company: 'Policy Co',
  soc2: { held: true, type: 'type2', periodStart: '2025-07-01', periodEnd: '2026-06-30' },
  access: { trustCenterUrl: 'https://trust.policy.example' },
};

beforeEach(() => {
  fakeBrowser.reset();
  vi.mocked(listAlwaysScan).mockResolvedValue([]);
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

function input(root: HTMLElement, id: string): HTMLInputElement {
  const element = root.querySelector<HTMLInputElement>(`#${id}`);
  if (!element) throw new Error(`no #${id}`);
  return element;
}

/** The "Set by your organisation" line that describes the input, if any. */
function managedLine(root: HTMLElement, id: string): string | undefined {
  const element = input(root, id);
  const ids = element.getAttribute('aria-describedby')?.split(' ') ?? [];
  const line = ids.map((one) => root.querySelector(`#${one}.field-managed`)).find(Boolean);
  return line?.textContent ?? undefined;
}

async function type(element: HTMLInputElement, value: string): Promise<void> {
  await act(async () => {
    element.value = value;
    element.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

describe('options page with the organisation’s profile (browser policy)', () => {
  test('shows the policy’s fields read-only and says who set them; the rest stays editable', async () => {
    await saveProfile(own);
    await fakeBrowser.storage.managed.set({ profile: policy });
    const root = await openPage();

    const company = input(root, 'profile-company');
    expect(company.value).toBe('Policy Co');
    expect(company.readOnly).toBe(true);
    expect(managedLine(root, 'profile-company')).toBe('Set by your organisation');
    // The SOC 2 report is taken whole from the policy: held, type and period are locked.
    expect(input(root, 'profile-soc2-held').disabled).toBe(true);
    expect(root.querySelector<HTMLSelectElement>('#profile-soc2-type')?.disabled).toBe(true);
    expect(input(root, 'profile-soc2-periodEnd').value).toBe('2026-06-30');
    expect(input(root, 'profile-soc2-auditor').readOnly).toBe(true);
    expect(input(root, 'profile-access-trustCenterUrl').readOnly).toBe(true);
    // Fields the policy leaves out: the user's, editable, without the line.
    expect(input(root, 'profile-access-ndaProcess').value).toBe('Ask me first');
    expect(input(root, 'profile-access-ndaProcess').readOnly).toBe(false);
    expect(managedLine(root, 'profile-access-ndaProcess')).toBeUndefined();
    expect(input(root, 'profile-soc1-held').disabled).toBe(false);

    const banner = root.querySelector('.banner-managed');
    expect(banner?.textContent).toMatch(/Set by your organisation/);
    expect(banner?.textContent).toContain('company name, SOC 2, trust-centre address.');
    expect(banner?.textContent).toMatch(/last read from the browser/);
    // The preview answers with the merged profile.
    expect(root.querySelector('.preview')?.textContent).toContain('30 June 2026');
  });

  test('saving keeps the user’s own values under the policy’s fields', async () => {
    await saveProfile(own);
    await fakeBrowser.storage.managed.set({ profile: policy });
    const root = await openPage();
    await type(input(root, 'profile-access-email'), 'me@own.example');
    await click(byText(root, 'button', 'Save'));
    await settle();
    expect(root.querySelector('.status')?.textContent).toMatch(/^Saved/);
    expect((await loadProfile()).profile).toEqual({
      ...own,
      access: { ndaProcess: 'Ask me first', email: 'me@own.example' },
    });
  });

  test('a bad policy is ignored with a warning naming the field; the user’s profile works', async () => {
    await saveProfile(own);
    await fakeBrowser.storage.managed.set({
      profile: { ...policy, soc2: { held: true, type: 'type2', periodEnd: '30/06/2026' } },
    });
    const root = await openPage();
    const alert = root.querySelector('.banner-problem[role=alert]');
    expect(alert?.textContent).toMatch(/could not be used/);
    expect(alert?.textContent).toContain('profile.soc2.periodEnd');
    expect(alert?.textContent).toMatch(/YYYY-MM-DD/);
    const company = input(root, 'profile-company');
    expect(company.value).toBe('Own Co');
    expect(company.readOnly).toBe(false);
    expect(root.querySelector('.field-managed')).toBeNull();
    expect((await loadProfile()).profile).toEqual(own);
  });

  test('a policy pushed, changed or withdrawn while the page is open applies at once', async () => {
    await saveProfile(own);
    const root = await openPage();
    expect(input(root, 'profile-company').value).toBe('Own Co');

    await act(async () => {
      await fakeBrowser.storage.managed.set({ profile: { company: 'Policy Co' } });
    });
    await settle();
    expect(input(root, 'profile-company').value).toBe('Policy Co');
    expect(input(root, 'profile-company').readOnly).toBe(true);

    await act(async () => {
      await fakeBrowser.storage.managed.set({ profile: { company: 'Renamed Co' } });
    });
    await settle();
    expect(input(root, 'profile-company').value).toBe('Renamed Co');

    await act(async () => {
      await fakeBrowser.storage.managed.remove('profile');
    });
    await settle();
    expect(input(root, 'profile-company').value).toBe('Own Co');
    expect(input(root, 'profile-company').readOnly).toBe(false);
    expect(root.querySelector('.banner-managed')).toBeNull();
  });

  test('a browser that never answers for the policy does not hold the page back', async () => {
    await saveProfile(own);
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockReturnValue(
      new Promise(() => undefined) as never,
    );
    const root = await openPage();
    expect(input(root, 'profile-company').value).toBe('Own Co');
    expect(input(root, 'profile-company').readOnly).toBe(false);
  });

  test('export writes the merged profile: what the answers use', async () => {
    await saveProfile(own);
    await fakeBrowser.storage.managed.set({ profile: policy });
    const blobs: Blob[] = [];
    Object.defineProperty(URL, 'createObjectURL', {
      value: vi.fn((blob: Blob) => {
        blobs.push(blob);
        return 'blob:profile';
      }),
      configurable: true,
    });
    Object.defineProperty(URL, 'revokeObjectURL', { value: vi.fn(), configurable: true });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const root = await openPage();
    await click(byText(root, 'button', 'Export profile'));
    expect(root.querySelector('.status')?.textContent).toMatch(
      /^Exported as which-soc-policy-co-.*, with the fields your organisation sets\.$/,
    );
    expect(JSON.parse(await blobs[0]!.text())).toEqual({
      ...own,
      company: 'Policy Co',
      soc2: policy.soc2,
      access: { ndaProcess: 'Ask me first', trustCenterUrl: 'https://trust.policy.example' },
    });
  });
});
