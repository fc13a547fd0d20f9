import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { resetBadgeStateForTests, setFrameCount } from '../../lib/background/badge';
import { deliverToTab } from '../../lib/background/delivery';
import { installExtensionFakes, type ExtensionFakes } from './fakes';

let fakes: ExtensionFakes;

beforeEach(() => {
  fakeBrowser.reset();
  fakes = installExtensionFakes();
});

describe('deliverToTab', () => {
  test('injects, then delivers to the top frame', async () => {
    await expect(deliverToTab(5, { type: 'which-soc/next-finding' })).resolves.toBe(true);
    expect(fakes.executed.map((run) => run.tabId)).toEqual([5]);
    expect(fakes.sent.at(-1)).toEqual({
      tabId: 5,
      message: { type: 'which-soc/next-finding' },
      frameId: 0,
    });
  });

  test('retries while a freshly injected script is still setting up its listener', async () => {
    fakes.slowStart.set(5, 2);
    await expect(deliverToTab(5, { type: 'which-soc/next-finding' })).resolves.toBe(true);
    const deliveries = fakes.sent.filter(
      (sent) => (sent.message as { type: string }).type === 'which-soc/next-finding',
    );
    expect(deliveries.length).toBeGreaterThanOrEqual(2);
  });

  test('gives up on pages the browser does not let us script', async () => {
    fakes.forbidden.add(5);
    await expect(deliverToTab(5, { type: 'which-soc/next-finding' })).resolves.toBe(false);
  });

  test('refuses an ill-formed message instead of sending it', async () => {
    const bad = { type: 'which-soc/explain-text', text: 42 } as never;
    await expect(deliverToTab(5, bad)).resolves.toBe(false);
    expect(fakes.sent).toEqual([]);
  });
});

describe('next finding across frames', () => {
  /**
   * A tab whose frames hold findings, each frame walking its own as the content script does
   * (lib/page/controller.ts `nextFinding`): `counts` per frame id; the phrases walked are logged.
   */
  async function tabWithFrames(tabId: number, counts: Record<number, number>) {
    resetBadgeStateForTests();
    for (const [frame, count] of Object.entries(counts)) {
      await setFrameCount(tabId, Number(frame), count);
    }
    fakes.running.add(tabId);
    const cursors = new Map<number, number>();
    const walked: string[] = [];
    vi.mocked(fakeBrowser.tabs.sendMessage).mockImplementation((async (
      _tab: number,
      message: { type: string; wrap?: boolean },
      options?: { frameId?: number },
    ) => {
      const frame = options?.frameId ?? 0;
      const count = counts[frame] ?? 0;
      if (message.type === 'which-soc/findings') return { url: '', findings: [] };
      if (count === 0) return undefined; // a frame without findings stays silent
      const at = cursors.get(frame) ?? -1;
      if (message.wrap === false && at === count - 1) {
        cursors.delete(frame);
        return false;
      }
      const next = (at + 1) % count;
      cursors.set(frame, next);
      walked.push(`${frame}:${next}`);
      return true;
    }) as never);
    return walked;
  }

  test('walks every finding of every frame in turn, then starts over', async () => {
    const walked = await tabWithFrames(41, { 0: 2, 7: 1, 9: 2 });
    for (let i = 0; i < 6; i++) {
      await expect(deliverToTab(41, { type: 'which-soc/next-finding' })).resolves.toBe(true);
    }
    expect(walked).toEqual(['0:0', '0:1', '7:0', '9:0', '9:1', '0:0']);
  });

  test('a portal in one frame of an empty page: the walk wraps inside that frame', async () => {
    const walked = await tabWithFrames(42, { 3: 2 });
    for (let i = 0; i < 3; i++) await deliverToTab(42, { type: 'which-soc/next-finding' });
    expect(walked).toEqual(['3:0', '3:1', '3:0']);
  });

  test('a frame that went away is skipped, and a tab whose frames all fail says false', async () => {
    const walked = await tabWithFrames(43, { 0: 1, 5: 1 });
    const send = vi.mocked(fakeBrowser.tabs.sendMessage);
    const frames = send.getMockImplementation() as unknown as (...args: unknown[]) => unknown;
    send.mockImplementation(((tab: number, message: unknown, options?: { frameId?: number }) =>
      options?.frameId === 0
        ? Promise.reject(new Error('Could not establish connection.'))
        : frames(tab, message, options)) as never);
    await expect(deliverToTab(43, { type: 'which-soc/next-finding' })).resolves.toBe(true);
    expect(walked).toEqual(['5:0']);
    send.mockRejectedValue(new Error('Could not establish connection.'));
    await expect(deliverToTab(43, { type: 'which-soc/next-finding' })).resolves.toBe(false);
  });
});
