import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  BADGE_COLOR,
  badgeText,
  clearTab,
  forgetTab,
  handleFindingsChanged,
  handleTabUpdated,
  resetBadgeStateForTests,
  setFrameCount,
} from '../../lib/background/badge';

beforeEach(() => {
  fakeBrowser.reset();
  resetBadgeStateForTests();
});

const text = (tabId: number) => fakeBrowser.action.getBadgeText({ tabId });

describe('badgeText', () => {
  test.each([
    ['no findings show no badge', 0, ''],
    ['one finding shows 1', 1, '1'],
    ['42 findings show 42', 42, '42'],
    ['999 still fits', 999, '999'],
    ['past 999 shows 999+', 1000, '999+'],
    ['a negative count shows nothing', -3, ''],
    ['NaN shows nothing', Number.NaN, ''],
  ])('%s', (_name, count, expected) => {
    expect(badgeText(count)).toBe(expected);
  });
});

describe('per-tab badge', () => {
  test('each tab shows its own count', async () => {
    await setFrameCount(1, 0, 3);
    await setFrameCount(2, 0, 7);
    expect(await text(1)).toBe('3');
    expect(await text(2)).toBe('7');
  });

  test('the badge is the sum over the frames of a tab', async () => {
    await setFrameCount(1, 0, 2);
    await setFrameCount(1, 5, 4);
    expect(await text(1)).toBe('6');
    await setFrameCount(1, 5, 1);
    expect(await text(1)).toBe('3');
  });

  test('a frame going down to zero leaves the others counted', async () => {
    await setFrameCount(1, 0, 2);
    await setFrameCount(1, 5, 4);
    await setFrameCount(1, 0, 0);
    expect(await text(1)).toBe('4');
    await setFrameCount(1, 5, 0);
    expect(await text(1)).toBe('');
  });

  test('reports arriving together are all counted (updates are queued)', async () => {
    await Promise.all([1, 2, 3, 4, 5].map((frame) => setFrameCount(9, frame, 1)));
    expect(await text(9)).toBe('5');
  });

  test('uses the accent colour on a non-empty badge', async () => {
    await setFrameCount(1, 0, 2);
    const colour = await fakeBrowser.action.getBadgeBackgroundColor({ tabId: 1 });
    expect(colour).toEqual([0x8a, 0x2b, 0xe2, 255]);
    expect(BADGE_COLOR).toBe('#8a2be2');
  });

  test('counts survive the service worker being stopped (they live in storage.session)', async () => {
    await setFrameCount(1, 0, 2);
    resetBadgeStateForTests(); // what a restarted worker starts with: no memory
    await setFrameCount(1, 3, 1);
    expect(await text(1)).toBe('3');
  });
});

describe('never a stale count', () => {
  test('a tab that starts loading a new page loses its badge and its frame counts', async () => {
    await setFrameCount(1, 0, 2);
    await setFrameCount(1, 4, 3);
    await handleTabUpdated(1, { status: 'loading' });
    expect(await text(1)).toBe('');
    await setFrameCount(1, 0, 1);
    expect(await text(1)).toBe('1');
  });

  test('navigation in one tab leaves the other tabs alone', async () => {
    await setFrameCount(1, 0, 2);
    await setFrameCount(2, 0, 5);
    await handleTabUpdated(1, { status: 'loading' });
    expect(await text(2)).toBe('5');
  });

  test.each([
    ['the page finished loading', { status: 'complete' }],
    ['only the title changed', { title: 'New title' }],
    ['a same-document URL change (the content script re-reports)', { url: 'https://a.test/#2' }],
  ])('no clearing when %s', async (_name, changeInfo) => {
    await setFrameCount(1, 0, 2);
    expect(handleTabUpdated(1, changeInfo as { status?: string })).toBeUndefined();
    expect(await text(1)).toBe('2');
  });

  test('clearTab empties the badge', async () => {
    await setFrameCount(1, 0, 2);
    await clearTab(1);
    expect(await text(1)).toBe('');
  });

  test('a closed tab is forgotten, so a reused id starts from zero', async () => {
    await setFrameCount(1, 0, 2);
    await forgetTab(1);
    await setFrameCount(1, 3, 1);
    expect(await text(1)).toBe('1');
  });
});

describe('handleFindingsChanged', () => {
  test('counts a report from an active document in a tab', async () => {
    await handleFindingsChanged(4, { tab: { id: 3 }, frameId: 0, documentLifecycle: 'active' });
    expect(await text(3)).toBe('4');
  });

  test('uses frame 0 when the sender has no frame id', async () => {
    await handleFindingsChanged(4, { tab: { id: 3 } });
    await handleFindingsChanged(1, { tab: { id: 3 }, frameId: 0 });
    expect(await text(3)).toBe('1');
  });

  test.each([
    ['no tab (an extension page)', {}],
    ['a tab without id', { tab: {} }],
    ['the no-tab id -1', { tab: { id: -1 } }],
    ['a prerendered document', { tab: { id: 3 }, documentLifecycle: 'prerender' }],
    ['a document in the back/forward cache', { tab: { id: 3 }, documentLifecycle: 'cached' }],
    ['a document being unloaded', { tab: { id: 3 }, documentLifecycle: 'pending_deletion' }],
  ])('ignores a report from %s', async (_name, sender) => {
    expect(handleFindingsChanged(4, sender)).toBeUndefined();
    expect(await text(3)).toBe('');
  });
});
