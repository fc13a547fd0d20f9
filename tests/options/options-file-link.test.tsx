/** @vitest-environment happy-dom */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../entrypoints/options/app';
import { listAlwaysScan } from '../../lib/activation';
import { mount, unmountAll } from '../components/render';

// The activation helper talks to chrome.scripting and permissions, which the fake browser lacks.
vi.mock('../../lib/activation', () => ({
  listAlwaysScan: vi.fn(),
  removeAlwaysScan: vi.fn(),
}));

beforeEach(() => {
  fakeBrowser.reset();
  vi.mocked(listAlwaysScan).mockResolvedValue([]);
});

afterEach(unmountAll);

describe('the options page', () => {
  test('links to the file page, in a tab of its own', () => {
    const root = mount(<App />);
    const link = Array.from(root.querySelectorAll('a')).find(
      (a) => a.textContent === 'Check a questionnaire file',
    );
    expect(link?.getAttribute('href')).toBe('/file-check.html');
    expect(link?.target).toBe('_blank');
  });
});
