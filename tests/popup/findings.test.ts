import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  mergeFrameFindings,
  requestFindings,
  requestFindingsWithRetry,
  resolveTargetTab,
} from '../../entrypoints/popup/findings';
import { parseFindingsResponse, parseFrameList } from '../../lib/messages';
import { FINDINGS, FINDINGS_RESPONSE, PAGE_URL } from '../fixtures/popup-state';

beforeEach(() => fakeBrowser.reset());

describe('parseFindingsResponse', () => {
  test('keeps a well-formed response as it is', () => {
    expect(parseFindingsResponse(FINDINGS_RESPONSE)).toEqual(FINDINGS_RESPONSE);
  });

  test.each([
    ['undefined', undefined],
    ['a string', 'findings'],
    ['an object without findings', { url: PAGE_URL }],
    ['findings that are not a list', { url: PAGE_URL, findings: 'x' }],
  ])('rejects %s', (_name, value) => {
    expect(parseFindingsResponse(value)).toBeNull();
  });

  test('drops findings with an unknown report or no text, and fills defaults for the rest', () => {
    const parsed = parseFindingsResponse({
      url: PAGE_URL,
      findings: [
        {
          text: 'SOC 2 report',
          question: 'Attach your SOC 2 report',
          report: 'soc2',
          type: 'type2',
        },
        { text: 'x', report: 'soc9', type: null },
        { report: 'soc1' },
        {
          text: 'SOC 1',
          report: 'soc1',
          type: 'type7',
          // Kept: a known sentence. Dropped: a string, a number, an unknown name, a forged sub.
          reasons: [
            { key: 'rulesWhyNames', subs: ['SOC 1', 'SOC 1'] },
            'ok',
            3,
            { key: 'cardClose', subs: [] },
            { key: 'rulesWhyTypeOpen', subs: [{ day: '<b>' }] },
          ],
        },
      ],
    });
    expect(parsed?.findings).toEqual([
      {
        index: 0,
        text: 'SOC 2 report',
        question: 'Attach your SOC 2 report',
        report: 'soc2',
        type: 'type2',
        reasons: [],
        context: '',
      },
      {
        index: 3,
        text: 'SOC 1',
        question: 'SOC 1',
        report: 'soc1',
        type: null,
        reasons: [{ key: 'rulesWhyNames', subs: ['SOC 1', 'SOC 1'] }],
        context: '',
      },
    ]);
  });

  test('caps very long page text', () => {
    const parsed = parseFindingsResponse({
      url: PAGE_URL,
      findings: [{ text: 'SOC 2', question: 'q'.repeat(50_000), report: 'soc2', type: null }],
    });
    expect(parsed?.findings[0]?.question.length).toBe(10_000);
  });
});

describe('resolveTargetTab', () => {
  test('uses ?tab=<id> when the popup page was opened in a tab', async () => {
    vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue({ id: 42, url: PAGE_URL } as never);
    expect(await resolveTargetTab('?tab=42')).toEqual({ id: 42, url: PAGE_URL });
  });

  test('keeps the id from ?tab= even when the browser will not describe the tab', async () => {
    vi.spyOn(fakeBrowser.tabs, 'get').mockRejectedValue(new Error('No tab with id'));
    expect(await resolveTargetTab('?tab=7')).toEqual({ id: 7 });
  });

  test.each([['?tab=abc'], ['?tab=-3'], ['']])(
    'falls back to the active tab for "%s"',
    async (search) => {
      const query = vi
        .spyOn(fakeBrowser.tabs, 'query')
        .mockResolvedValue([{ id: 5, url: PAGE_URL }] as never);
      expect(await resolveTargetTab(search)).toEqual({ id: 5, url: PAGE_URL });
      expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    },
  );
});

describe('requestFindings', () => {
  test('asks the top frame for findings and validates the answer', async () => {
    const send = vi
      .spyOn(fakeBrowser.tabs, 'sendMessage')
      .mockResolvedValue(FINDINGS_RESPONSE as never);
    expect(await requestFindings(3)).toEqual({
      url: PAGE_URL,
      findings: FINDINGS.map((finding) => ({ ...finding, frameId: 0 })),
    });
    expect(send).toHaveBeenCalledWith(3, { type: 'which-soc/findings' }, { frameId: 0 });
  });

  test('gives null when no content script listens', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(
      new Error('Could not establish connection. Receiving end does not exist.'),
    );
    expect(await requestFindings(3)).toBeNull();
  });

  test('retries until a freshly injected script answers', async () => {
    const send = vi
      .spyOn(fakeBrowser.tabs, 'sendMessage')
      .mockRejectedValueOnce(new Error('not yet'))
      .mockResolvedValueOnce(undefined as never)
      .mockResolvedValue({ url: PAGE_URL, findings: FINDINGS } as never);
    expect((await requestFindingsWithRetry(3, [0, 1, 1, 1]))?.findings).toHaveLength(
      FINDINGS.length,
    );
    expect(send).toHaveBeenCalledTimes(3);
  });
});

/** A findings response of one frame: one finding per phrase, numbered from 0 as the frame does. */
function frameResponse(url: string, phrases: string[]) {
  return {
    url,
    findings: phrases.map((text, index) => ({
      index,
      text,
      question: text,
      report: 'soc2',
      type: null,
      reasons: [],
      context: '',
    })),
  };
}

/**
 * Fakes a tab whose frames answer `which-soc/findings` from `frames` (a frame missing there has
 * no content script), and a background that lists `listed` for `which-soc/list-frames`.
 */
function fakeTab(frames: Record<number, unknown>, listed: unknown) {
  const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (
    _tabId: number,
    _message: unknown,
    options?: { frameId?: number },
  ) => {
    const frameId = options?.frameId;
    if (frameId === undefined || !(frameId in frames)) {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    }
    return frames[frameId];
  }) as never);
  const ask = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(listed as never);
  return { send, ask };
}

describe('requestFindings across frames', () => {
  test('asks the top frame and each listed frame, and merges them top frame first', async () => {
    const { send, ask } = fakeTab(
      {
        0: frameResponse(PAGE_URL, ['SOC 2 report', 'SOC 3 report']),
        4: frameResponse('https://frame.test/a', ['ISO 27001 certificate']),
        9: frameResponse('about:srcdoc', ['bridge letter']),
      },
      { frameIds: [9, 0, 4] },
    );
    const merged = await requestFindings(3);
    expect(ask).toHaveBeenCalledWith({ type: 'which-soc/list-frames', tabId: 3 });
    expect(send.mock.calls.map(([, , options]) => options?.frameId).sort()).toEqual([0, 4, 9]);
    expect(merged?.url).toBe(PAGE_URL);
    expect(merged?.findings.map(({ text, index, frameId }) => [text, index, frameId])).toEqual([
      ['SOC 2 report', 0, 0],
      ['SOC 3 report', 1, 0],
      ['ISO 27001 certificate', 0, 4],
      ['bridge letter', 0, 9],
    ]);
  });

  test('keeps the frames that answer when a listed frame has gone', async () => {
    fakeTab({ 0: frameResponse(PAGE_URL, ['SOC 2 report']) }, { frameIds: [0, 6] });
    const merged = await requestFindings(3);
    expect(merged?.findings.map(({ frameId }) => frameId)).toEqual([0]);
  });

  test('reads a portal embedded in a frame of a page the extension does not run on', async () => {
    fakeTab({ 5: frameResponse('https://portal.test/', ['SOC 1 report']) }, { frameIds: [5] });
    const merged = await requestFindings(3);
    expect(merged?.url).toBe('https://portal.test/');
    expect(merged?.findings.map(({ text, frameId }) => [text, frameId])).toEqual([
      ['SOC 1 report', 5],
    ]);
  });

  test('asks only the top frame when the background cannot list frames', async () => {
    const { send } = fakeTab({ 0: frameResponse(PAGE_URL, ['SOC 2 report']) }, undefined);
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(new Error('no background'));
    expect((await requestFindings(3))?.findings).toHaveLength(1);
    expect(send).toHaveBeenCalledTimes(1);
  });
});

describe('parseFrameList', () => {
  test.each([
    ['a well-formed list', { frameIds: [0, 3, 12] }, [0, 3, 12]],
    ['an unsorted list with repeats', { frameIds: [12, 0, 3, 12] }, [0, 3, 12]],
    ['odd ids among good ones', { frameIds: [-1, 1.5, '2', null, 7] }, [7]],
    ['no list', { frameIds: 'x' }, []],
    ['nothing', undefined, []],
  ])('keeps the valid frame ids of %s', (_name, value, expected) => {
    expect(parseFrameList(value)).toEqual(expected);
  });
});

describe('mergeFrameFindings', () => {
  test('gives null when no frame answered', () => {
    expect(
      mergeFrameFindings([
        { frameId: 0, response: null },
        { frameId: 2, response: null },
      ]),
    ).toBeNull();
  });

  test('keeps a frame that answered with no findings, so the page counts as scanned', () => {
    expect(mergeFrameFindings([{ frameId: 0, response: { url: PAGE_URL, findings: [] } }])).toEqual(
      { url: PAGE_URL, findings: [] },
    );
  });
});
