/**
 * @vitest-environment happy-dom
 */
import { afterEach, describe, expect, test } from 'vitest';
import { FindingStore, type PageFinding } from '../../lib/page/findings';
import { Scanner } from '../../lib/page/scanner';
import { stubDetector } from './helpers';

let scanner: Scanner | undefined;

afterEach(() => {
  scanner?.stop();
  scanner = undefined;
  document.body.replaceChildren();
});

/** A finding over `node` from `start` to `end`, numbered `id`, found by scan `scan`. */
function findingAt(id: number, node: Text, start: number, end: number, scan = id): PageFinding {
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(node, end);
  const block = node.parentElement as Element;
  return {
    id,
    scan,
    text: node.data.slice(start, end),
    question: '',
    context: '',
    report: 'soc2',
    type: null,
    reasons: [],
    range,
    nodes: [node],
    block,
    questionBlock: block,
    root: node.getRootNode() as Document | ShadowRoot,
  };
}

function paragraph(parent: ParentNode, text: string, before: Node | null = null): Text {
  const p = document.createElement('p');
  p.textContent = text;
  parent.insertBefore(p, before);
  return p.firstChild as Text;
}

describe('the finding store', () => {
  test('gives findings in document order whatever order they were added in', () => {
    const list = document.createElement('div');
    document.body.append(list);
    const rows = Array.from({ length: 12 }, (_, i) => paragraph(list, `row ${i} SOC 2 and SOC 3`));
    const host = document.createElement('div');
    list.insertBefore(host, (rows[6] as Text).parentNode);
    const shadow = host.attachShadow({ mode: 'open' });
    const inside = paragraph(shadow, 'shadow SOC 1');
    const hostText = document.createTextNode('host text SOC 1');
    host.append(hostText);

    const store = new FindingStore();
    const expected: PageFinding[] = [];
    let id = 0;
    rows.forEach((node, i) => {
      if (i === 6) {
        expected.push(findingAt(id++, inside, 7, 12), findingAt(id++, hostText, 10, 15));
      }
      expected.push(findingAt(id++, node, 6, 11), findingAt(id++, node, 16, 21));
    });
    // Added back to front, every other one first: an append order would be far from this.
    const scrambled = [...expected].reverse();
    for (const finding of [
      ...scrambled.filter((_, i) => i % 2 === 0),
      ...scrambled.filter((_, i) => i % 2 === 1),
    ]) {
      store.add(finding);
    }
    expect(store.inOrder().map((f) => f.id)).toEqual(expected.map((f) => f.id));
  });

  test('orders one scan by id, and places a later scan among it by the page', () => {
    const rows = Array.from({ length: 6 }, (_, i) => paragraph(document.body, `row ${i} SOC 2`));
    const first = rows.map((node, i) => findingAt(i, node, 6, 11, 1));
    // A later scan of rows inserted at the top and in the middle: higher ids, earlier places.
    const top = paragraph(document.body, 'new SOC 1', document.body.firstChild);
    const middle = paragraph(document.body, 'new SOC 3', (rows[3] as Text).parentNode);
    const later = [findingAt(10, top, 4, 9, 2), findingAt(11, middle, 4, 9, 2)];
    const store = new FindingStore();
    for (const finding of [...later, ...first]) store.add(finding);
    expect(store.inOrder().map((f) => f.id)).toEqual([10, 0, 1, 2, 11, 3, 4, 5]);
  });

  test('puts findings that left the document after those still in it', () => {
    const kept = paragraph(document.body, 'kept SOC 2');
    const gone = paragraph(document.body, 'gone SOC 3', kept.parentNode);
    const store = new FindingStore();
    const goneFinding = findingAt(1, gone, 5, 10);
    const keptFinding = findingAt(2, kept, 5, 10);
    store.add(goneFinding);
    store.add(keptFinding);
    expect(store.inOrder()).toEqual([goneFinding, keptFinding]);
    (gone.parentNode as Element).remove();
    store.add(findingAt(3, kept, 0, 4));
    expect(store.inOrder().map((f) => f.id)).toEqual([3, 2, 1]);
  });
  test('removes the findings of a scope and of blocks under it, keeping the rest', () => {
    const section = document.createElement('section');
    const other = document.createElement('div');
    document.body.append(section, other);
    const inner = document.createElement('div');
    section.append(inner);
    const own = document.createTextNode('section SOC 1');
    section.prepend(own);
    const nested = paragraph(inner, 'nested SOC 2');
    const outside = paragraph(other, 'outside SOC 3');
    const host = document.createElement('div');
    section.append(host);
    const inShadow = paragraph(host.attachShadow({ mode: 'open' }), 'shadow SOC 2');
    const store = new FindingStore();
    const [a, b, c, d] = [own, nested, outside, inShadow].map((node, i) =>
      findingAt(i + 1, node, 0, 3),
    ) as [PageFinding, PageFinding, PageFinding, PageFinding];
    for (const finding of [a, b, c, d]) store.add(finding);

    expect(store.removeUnder(section).map((f) => f.id)).toEqual([1, 2]);
    // A shadow root under the scope is a tree of its own, rescanned on its own changes.
    expect(store.inOrder().map((f) => f.id)).toEqual([4, 3]);
    expect(store.hasBlock(section)).toBe(false);
    expect(store.removeUnder(section)).toEqual([]);
    expect(store.removeUnder(inShadow.parentElement as Element).map((f) => f.id)).toEqual([4]);
    expect(store.size).toBe(1);
  });
});

describe('findings found out of order by the scanner', () => {
  test('are given in document order after insertions before, between and inside', async () => {
    document.body.innerHTML =
      '<div id="list"><p id="b">Second: SOC 2</p><p id="d">Fourth: SOC 3</p></div>';
    scanner = new Scanner(document, { detector: stubDetector, debounceMs: 5 });
    await scanner.start();
    await scanner.settled();
    const list = document.getElementById('list') as HTMLElement;
    const third = document.getElementById('d') as HTMLElement;
    // Inserted later than the blocks around them, each in a job of its own.
    paragraph(list, 'First: SOC 1', list.firstChild);
    await scanner.settled();
    const host = document.createElement('div');
    list.insertBefore(host, third);
    const shadow = host.attachShadow({ mode: 'open' });
    paragraph(shadow, 'Third, in a shadow root: ISO 27001');
    await scanner.settled();
    paragraph(document.getElementById('b') as HTMLElement, 'Second and a half: bridge letter');
    await scanner.settled();
    expect(scanner.store.inOrder().map((f) => f.report)).toEqual([
      'soc1',
      'soc2',
      'bridge-letter',
      'iso27001',
      'soc3',
    ]);
  });
});
