/**
 * `which-soc/list-frames`: the popup asks the background which frames of a tab reported findings
 * (from the per-frame counts of lib/background/badge.ts), so it can message each frame's content script;
 * `tabs.sendMessage` to a whole tab resolves with the first answer only. Only our own pages get
 * an answer.
 */
import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background';
import { deliverToTab } from '../../lib/background/delivery';
import { resetBadgeStateForTests } from '../../lib/background/badge';
import { installExtensionFakes, type ExtensionFakes } from './fakes';

const OWN_ID = 'test-extension-id';

let fakes: ExtensionFakes;

beforeEach(() => {
  fakeBrowser.reset();
  resetBadgeStateForTests();
  fakes = installExtensionFakes();
  background.main();
});

function contentSender(tabId: number, frameId: number) {
  return {
    id: OWN_ID,
    url: 'https://acme.my.onetrust.com/q',
    tab: { id: tabId },
    frameId,
    documentLifecycle: 'active',
  };
}

const popupSender = () => ({ id: OWN_ID, url: fakeBrowser.runtime.getURL('/popup.html') });

function send(message: unknown, sender: unknown): Promise<unknown[]> {
  return fakeBrowser.runtime.onMessage.trigger(message, sender as never, () => undefined);
}

async function report(tabId: number, frameId: number, count: number): Promise<void> {
  await send({ type: 'which-soc/findings-changed', count }, contentSender(tabId, frameId));
}

/** Asks as the popup does; `from` replaces the sender (an array, so `undefined` can be passed). */
async function listFrames(tabId: number, ...from: [unknown?]): Promise<unknown> {
  const sender = from.length > 0 ? from[0] : popupSender();
  const [answer] = await send({ type: 'which-soc/list-frames', tabId }, sender);
  return answer;
}

describe('list-frames from the popup', () => {
  test('lists the frames that reported findings, in ascending order', async () => {
    await report(4, 12, 1);
    await report(4, 0, 2);
    await report(4, 3, 5);
    expect(await listFrames(4)).toEqual({ frameIds: [0, 3, 12] });
  });

  test('leaves out frames whose count went back to zero, and other tabs', async () => {
    await report(4, 0, 2);
    await report(4, 3, 1);
    await report(4, 3, 0);
    await report(5, 9, 4);
    expect(await listFrames(4)).toEqual({ frameIds: [0] });
    expect(await listFrames(5)).toEqual({ frameIds: [9] });
  });

  test('lists a sub-frame even when the top frame found nothing', async () => {
    await report(4, 0, 0);
    await report(4, 7, 3);
    expect(await listFrames(4)).toEqual({ frameIds: [7] });
  });

  test('gives an empty list for a tab nothing was reported from, or after it navigated', async () => {
    expect(await listFrames(8)).toEqual({ frameIds: [] });
    await report(4, 2, 3);
    await fakeBrowser.tabs.onUpdated.trigger(4, { status: 'loading' }, { id: 4 } as never);
    expect(await listFrames(4)).toEqual({ frameIds: [] });
  });
});

describe('list-frames is not answered', () => {
  test.each([
    ['our content script (own id, a web page url)', contentSender(4, 0)],
    ['another extension', { id: 'evil', url: 'chrome-extension://evil/popup.html' }],
    ['our id on another origin', { id: OWN_ID, url: 'chrome-extension://evil/popup.html' }],
    ['a sender without id', { url: fakeBrowser.runtime.getURL('/popup.html') }],
    ['no sender at all', undefined],
  ])('for %s', async (_name, sender) => {
    await report(4, 0, 2);
    expect(await listFrames(4, sender)).toBeUndefined();
    // The same question from the popup is answered, so the refusal above is the sender check.
    expect(await listFrames(4)).toEqual({ frameIds: [0] });
  });

  test.each([[-1], [1.5], ['4'], [null]])('for a tab id of %s', async (tabId) => {
    const [answer] = await send({ type: 'which-soc/list-frames', tabId }, popupSender());
    expect(answer).toBeUndefined();
  });
});

describe('deliverToTab picks the frame from the same counts', () => {
  const lastFrame = () => fakes.sent.at(-1)?.frameId;

  test.each([
    [
      'the top frame when it has findings',
      [
        [0, 2],
        [5, 1],
      ],
      'which-soc/next-finding',
      0,
    ],
    [
      'the first sub-frame with findings when the top frame has none',
      [
        [0, 0],
        [9, 1],
        [5, 3],
      ],
      'which-soc/next-finding',
      5,
    ],
    ['the top frame when no frame reported', [], 'which-soc/next-finding', 0],
    [
      'the top frame for explain-text, whose card shows over the whole page',
      [[5, 3]],
      'which-soc/explain-text',
      0,
    ],
  ] as const)('sends to %s', async (_name, counts, type, expected) => {
    fakes.running.add(4);
    for (const [frameId, count] of counts) await report(4, frameId, count);
    const message = type === 'which-soc/explain-text' ? { type, text: 'SOC 2 report' } : { type };
    expect(await deliverToTab(4, message)).toBe(true);
    // With findings in several frames, next-finding walks them without wrapping in each
    // (tests/activation.test.ts, "next finding across frames").
    const walking = type === 'which-soc/next-finding' && counts.filter(([, n]) => n > 0).length > 1;
    expect(fakes.sent.at(-1)?.message).toEqual(walking ? { ...message, wrap: false } : message);
    expect(lastFrame()).toBe(expected);
  });
});
