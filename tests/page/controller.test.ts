/**
 * @vitest-environment happy-dom
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { PageController, type CardRequest } from '../../lib/page/controller';
import { answerFieldFor, insertIntoField } from '../../lib/page/fields';
import { fakeHighlightEnv, rangeTexts, stubDetector } from './helpers';

let controller: PageController | undefined;

afterEach(() => {
  controller?.stop();
  controller = undefined;
  document.body.replaceChildren();
  delete (document as { caretPositionFromPoint?: unknown }).caretPositionFromPoint;
});

const PAGE = `
  <h2>Security</h2>
  <table><tbody>
    <tr id="r1"><td>1</td><td id="q1">Please attach your SOC <b>2</b> Type II report.</td><td><textarea id="a1"></textarea></td></tr>
    <tr id="r2"><td>2</td><td id="q2">Do you encrypt data?</td><td><textarea id="a2"></textarea></td></tr>
    <tr id="r3"><td>3</td><td id="q3">Provide your ISO 27001 certificate or a bridge letter.</td><td><input id="a3" value="Already answered"></td></tr>
  </tbody></table>`;

async function start(markup = PAGE) {
  document.body.innerHTML = markup;
  const env = fakeHighlightEnv();
  const cards: CardRequest[] = [];
  let open = false;
  const closeCard = vi.fn(() => {
    open = false;
  });
  controller = new PageController(document, {
    detector: stubDetector,
    highlightEnv: env,
    openCard: (card) => {
      cards.push(card);
      open = true;
    },
    closeCard,
    isCardOpen: () => open,
    cardHost: () => null,
    flashMs: 10,
  });
  await controller.start();
  await controller.scanner.settled();
  env.runFrames();
  return { controller, env, cards, closeCard, isOpen: () => open };
}

describe('answers the popup', () => {
  test('with the url and every finding in document order, with its question', async () => {
    const { controller: c } = await start();
    const response = c.handleMessage(
      { type: 'which-soc/findings' },
      'https://acme.my.onetrust.com/q',
    );
    expect(response).toMatchObject({
      url: 'https://acme.my.onetrust.com/q',
      findings: [
        {
          index: 0,
          text: 'SOC 2 Type II',
          report: 'soc2',
          type: 'type2',
          question: '1 Please attach your SOC 2 Type II report.',
        },
        { index: 1, text: 'ISO 27001', report: 'iso27001', type: null },
        { index: 2, text: 'bridge letter', report: 'bridge-letter', type: null },
      ],
    });
  });
});

describe('walks between findings', () => {
  test('next-finding opens each card in turn and wraps around', async () => {
    const { controller: c, cards, env } = await start();
    for (let i = 0; i < 4; i++)
      expect(c.handleMessage({ type: 'which-soc/next-finding' }, '')).toBe(true);
    env.runFrames();
    expect(cards.map((card) => card.phrase)).toEqual([
      'SOC 2 Type II',
      'ISO 27001',
      'bridge letter',
      'SOC 2 Type II',
    ]);
    expect(cards[0]?.question).toContain('Please attach');
    expect(rangeTexts(env.registry.map.get('which-soc-active'))).toEqual(['SOC 2 Type II']);
  });

  test('without wrapping, it stops after the last finding, closes the card and starts over', async () => {
    const { controller: c, cards, closeCard, isOpen } = await start();
    const next = { type: 'which-soc/next-finding', wrap: false } as const;
    expect([1, 2, 3].map(() => c.handleMessage(next, ''))).toEqual([true, true, true]);
    expect(isOpen()).toBe(true);
    expect(c.handleMessage(next, '')).toBe(false);
    expect(closeCard).toHaveBeenCalledTimes(1);
    expect(isOpen()).toBe(false);
    expect(c.handleMessage(next, '')).toBe(true);
    expect(cards.map((card) => card.phrase)).toEqual([
      'SOC 2 Type II',
      'ISO 27001',
      'bridge letter',
      'SOC 2 Type II',
    ]);
  });

  test('show-finding flashes the finding with the active highlight, then clears it', async () => {
    const { controller: c, env } = await start();
    expect(c.handleMessage({ type: 'which-soc/show-finding', index: 1 }, '')).toBe(true);
    env.runFrames();
    expect(rangeTexts(env.registry.map.get('which-soc-active'))).toEqual(['ISO 27001']);
    await new Promise((resolve) => setTimeout(resolve, 30));
    env.runFrames();
    expect(env.registry.map.get('which-soc-active')?.size).toBe(0);
  });

  test('show-finding for an index that does not exist does nothing', async () => {
    const { controller: c } = await start();
    expect(c.handleMessage({ type: 'which-soc/show-finding', index: 99 }, '')).toBe(false);
  });

  test('Alt+Shift+N walks to the next finding; Escape closes the card', async () => {
    const { controller: c, cards, closeCard } = await start();
    const next = new KeyboardEvent('keydown', {
      key: 'N',
      code: 'KeyN',
      altKey: true,
      shiftKey: true,
      cancelable: true,
    });
    c.onKeyDown(next);
    expect(next.defaultPrevented).toBe(true);
    expect(cards).toHaveLength(1);
    c.onKeyDown(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(closeCard).toHaveBeenCalledTimes(1);
  });

  test('a plain N (no modifiers) is left to the page', async () => {
    const { controller: c, cards } = await start();
    const key = new KeyboardEvent('keydown', { key: 'n', code: 'KeyN', cancelable: true });
    c.onKeyDown(key);
    expect(key.defaultPrevented).toBe(false);
    expect(cards).toHaveLength(0);
  });
});

describe('explains arbitrary text', () => {
  test.each([
    ['a request', 'Send us your SOC 1 Type 2', ['soc1']],
    ['text asking for nothing', 'Describe your backups', []],
  ])('for %s, at the top of the viewport', async (_name, text, reports) => {
    const { controller: c, cards } = await start('<p>nothing</p>');
    c.handleMessage({ type: 'which-soc/explain-text', text }, '');
    expect(cards[0]?.anchor).toBeNull();
    expect(cards[0]?.requests.map((r) => r.report)).toEqual(reports);
  });
});

describe('clicks', () => {
  function clickAt(node: Node, offset: number) {
    (document as { caretPositionFromPoint?: unknown }).caretPositionFromPoint = () => ({
      offsetNode: node,
      offset,
    });
    return new MouseEvent('click', { clientX: 10, clientY: 10, bubbles: true });
  }

  test('on highlighted text open its card', async () => {
    const { controller: c, cards } = await start();
    const bold = document.querySelector('#q1 b')?.firstChild as Text;
    c.onClick(clickAt(bold, 0));
    expect(cards.map((card) => card.phrase)).toEqual(['SOC 2 Type II']);
    expect(cards[0]?.finding?.report).toBe('soc2');
  });

  test('elsewhere close an open card and open nothing', async () => {
    const { controller: c, cards, closeCard } = await start();
    c.handleMessage({ type: 'which-soc/next-finding' }, '');
    const plain = document.getElementById('q2')?.firstChild as Text;
    c.onClick(clickAt(plain, 3));
    expect(cards).toHaveLength(1);
    expect(closeCard).toHaveBeenCalledTimes(1);
  });
});

describe('inserts the answer', () => {
  test('into the question’s own empty field, seen by a framework that tracks the value', async () => {
    const { controller: c } = await start();
    const field = document.getElementById('a1') as HTMLTextAreaElement;
    // Like React: an instance-level value property that remembers what the framework last set,
    // and an input listener that reads the DOM value into the framework's state.
    let tracked = '';
    const state: string[] = [];
    const proto = Object.getPrototypeOf(field) as HTMLTextAreaElement;
    const native = Object.getOwnPropertyDescriptor(proto, 'value');
    Object.defineProperty(field, 'value', {
      configurable: true,
      get() {
        return native?.get?.call(this) as string;
      },
      set(value: string) {
        tracked = value;
        native?.set?.call(this, value);
      },
    });
    field.addEventListener('input', () => {
      if (field.value !== tracked) state.push(field.value);
    });
    const finding = c.scanner.store.inOrder()[0];
    expect(finding && c.insertAnswer(finding, 'Yes: SOC 2 Type 2 attached.')).toBe('inserted');
    expect(state).toEqual(['Yes: SOC 2 Type 2 attached.']);
  });

  test('asks before replacing text already in the field', async () => {
    const { controller: c } = await start();
    const finding = c.scanner.store.inOrder()[1];
    const field = document.getElementById('a3') as HTMLInputElement;
    expect(finding && c.insertAnswer(finding, 'ISO cert attached')).toBe('needs-confirm');
    expect(field.value).toBe('Already answered');
    expect(finding && c.insertAnswer(finding, 'ISO cert attached', true)).toBe('inserted');
    expect(field.value).toBe('ISO cert attached');
  });

  test.each([
    ['a label with its input', '<div><label>Q</label><input id="f"></div>', 'label'],
    [
      'a Google Forms item',
      '<div role="listitem"><div><span id="x">Q</span></div><div><textarea id="f"></textarea></div></div>',
      'span',
    ],
    [
      'a contenteditable answer',
      '<div class="q"><p>Q</p><div id="f" contenteditable="true"></div></div>',
      'p',
    ],
  ])('finds the field of %s', (_name, markup, selector) => {
    document.body.innerHTML = markup;
    const block = document.querySelector(selector) as Element;
    const question = block.closest('[role=listitem]') ?? block;
    expect(answerFieldFor(question, block)?.id).toBe('f');
  });

  test('into a contenteditable answer', () => {
    document.body.innerHTML = '<div id="f" contenteditable="true"></div>';
    const field = document.getElementById('f') as HTMLElement;
    expect(insertIntoField(field, 'Our SOC 2 report')).toBe('inserted');
    expect(field.textContent).toBe('Our SOC 2 report');
  });
});
