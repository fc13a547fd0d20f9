/**
 * @vitest-environment happy-dom
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { Highlighter } from '../../lib/page/highlights';
import { blocksOf, textContentHintSource } from '../../lib/page/hints';
import { Scanner } from '../../lib/page/scanner';
import { Slicer } from '../../lib/page/scheduling';
import type { Detector } from '../../lib/page/detector';
import { fakeHighlightEnv, rangeTexts, stubDetector } from './helpers';

let scanner: Scanner | undefined;

afterEach(() => {
  scanner?.stop();
  scanner = undefined;
  document.body.replaceChildren();
  document.title = '';
});

/** Loads markup into the body (test-authored markup, never page text), scans, settles. */
async function scan(markup: string, options: { slicer?: Slicer } = {}) {
  document.body.innerHTML = markup;
  const env = fakeHighlightEnv();
  const highlighter = new Highlighter(env);
  const counts: number[] = [];
  scanner = new Scanner(document, {
    detector: stubDetector,
    highlighter,
    onCount: (count) => counts.push(count),
    debounceMs: 5,
    ...options,
  });
  await scanner.start();
  await scanner.settled();
  env.runFrames();
  return { scanner, env, highlighter, counts };
}

/** 4 ms slices on a fake clock that advances 1 ms per look: every slice ends quickly. */
function quickSlicer(): Slicer {
  let clock = 0;
  return new Slicer(
    4,
    () => (clock += 1),
    () => Promise.resolve(),
  );
}

function found(s: Scanner) {
  return s.store.inOrder().map((f) => ({ text: f.text, question: f.question, report: f.report }));
}

describe('gathers each question from its block', () => {
  test.each([
    [
      'a table row',
      '<table><tr><td>1.1</td><td>Provide your SOC 2 report</td><td><textarea></textarea></td></tr></table>',
      '1.1 Provide your SOC 2 report',
    ],
    [
      'a table row with its answer fields, whose options are not the question',
      '<table><tr><td>2.4</td><td>Attach the SOC 2 report</td><td><select><option>Yes</option><option>No</option></select></td><td><textarea>Draft</textarea></td></tr></table>',
      '2.4 Attach the SOC 2 report',
    ],
    [
      'a list item',
      '<ol><li>Attach your ISO 27001 certificate.</li><li>Other</li></ol>',
      'Attach your ISO 27001 certificate.',
    ],
    [
      'a fieldset',
      '<fieldset><legend>Audits</legend><p>Share a bridge letter</p><input></fieldset>',
      'Audits Share a bridge letter',
    ],
    [
      'a label with its field',
      '<div><label for="a">Upload the SOC 3 report</label><input id="a"></div>',
      'Upload the SOC 3 report',
    ],
    [
      'a Google Forms question (role=listitem)',
      '<div role="list"><div role="listitem"><div><div>Do you have a SOC 2?</div></div><div><input></div></div></div>',
      'Do you have a SOC 2?',
    ],
    [
      'a div-based question with its field',
      '<form><div class="q"><div class="t">Do you hold SOC 1?</div><div><textarea></textarea></div></div><div class="q"><div>Other</div><textarea></textarea></div></form>',
      'Do you hold SOC 1?',
    ],
  ])('in %s', async (_name, markup, question) => {
    const { scanner: s } = await scan(markup);
    const [first] = found(s);
    expect(first?.question).toBe(question);
  });
});

describe('reads a phrase split across inline elements', () => {
  test.each([
    ['bold digit', '<p>Please attach your SOC <b>2</b> Type II report.</p>', 'SOC 2 Type II'],
    [
      'link around the type',
      '<p>Provide <a href="#">SOC 2 <i>Type</i> 1</a> now</p>',
      'SOC 2 Type 1',
    ],
    ['spans per word', '<p><span>SOC</span> <span>3</span></p>', 'SOC 3'],
  ])('with %s', async (_name, markup, phrase) => {
    const { scanner: s, env } = await scan(markup);
    expect(found(s).map((f) => f.text)).toEqual([phrase]);
    const highlight = [...env.registry.map.entries()].find(([name]) => name !== 'which-soc-active');
    expect(rangeTexts(highlight?.[1])).toEqual([phrase]);
  });

  test('but never joins text of two blocks', async () => {
    const { scanner: s } = await scan(
      '<table><tr><td>SOC</td><td>2</td></tr></table><div>SOC</div><div>3</div>',
    );
    expect(found(s)).toEqual([]);
  });
});

describe('passes the section heading and label as context', () => {
  test.each([
    [
      'an h2 above the table',
      '<h2>Financial reporting</h2><table><tr><td>Provide your SOC report</td></tr></table>',
      'soc1',
    ],
    [
      'a section row of the table',
      '<table><tr><th>Question</th><th>Answer</th></tr><tr><th colspan="2">Financial reporting</th></tr><tr><td>Provide your SOC report</td><td></td></tr></table>',
      'soc1',
    ],
    [
      'a column header only (not a section)',
      '<table><tr><th>Financial reporting</th><th>Answer</th></tr><tr><td>Provide your SOC report</td><td></td></tr></table>',
      'soc2',
    ],
    [
      'a legend',
      '<fieldset><legend>Financial controls</legend><label>Provide your SOC report</label><input></fieldset>',
      'soc1',
    ],
    [
      'a role=heading',
      '<div role="heading" aria-level="2">Financial</div><div><p>Provide your SOC report</p></div>',
      'soc1',
    ],
    [
      'a heading of another section (no)',
      '<h2>Financial</h2><p>x</p><h2>Security</h2><p>Provide your SOC report</p>',
      'soc2',
    ],
  ])('from %s', async (_name, markup, report) => {
    const { scanner: s } = await scan(markup);
    expect(found(s).map((f) => f.report)).toEqual([report]);
  });
});

describe('never reads', () => {
  test.each([
    ['scripts', '<script>var x = "SOC 2";</script>'],
    ['styles', '<style>.soc2::after { content: "SOC 2" }</style>'],
    ['noscript', '<noscript>SOC 2</noscript>'],
    ['textarea values', '<textarea>We have a SOC 2 Type II</textarea>'],
    ['select options', '<select><option>SOC 2</option></select>'],
    ['contenteditable answers', '<div contenteditable="true">Our SOC 2 report is attached</div>'],
    ['our own host element', '<which-soc-card>SOC 2</which-soc-card>'],
  ])('%s', async (_name, markup) => {
    const { scanner: s } = await scan(markup);
    expect(found(s)).toEqual([]);
  });
});

describe('keeps findings in step with the page', () => {
  test('a row added late is found without rescanning the rest', async () => {
    const { scanner: s, env } = await scan(
      '<table><tbody id="b"><tr><td>Provide SOC 2</td></tr></tbody></table>',
    );
    const walksBefore = s.stats.walks;
    const row = document.createElement('tr');
    row.append(
      Object.assign(document.createElement('td'), { textContent: 'And the SOC 1 report' }),
    );
    document.getElementById('b')?.append(row);
    await s.settled();
    env.runFrames();
    expect(found(s).map((f) => f.text)).toEqual(['SOC 2', 'SOC 1']);
    expect(s.stats.walks - walksBefore).toBe(1);
    expect(env.registry.map.get('which-soc-soc1')?.size).toBe(1);
  });

  test('replaced text moves the highlight to the new phrase', async () => {
    const { scanner: s, env, counts } = await scan('<p id="p">Provide SOC 2 please</p>');
    const text = document.getElementById('p')?.firstChild as Text;
    text.data = 'Provide SOC 1 please';
    await s.settled();
    env.runFrames();
    expect(found(s).map((f) => f.report)).toEqual(['soc1']);
    expect(env.registry.map.get('which-soc-soc2')?.size).toBe(0);
    expect(rangeTexts(env.registry.map.get('which-soc-soc1'))).toEqual(['SOC 1']);
    expect(counts).toEqual([1]);
  });

  test('removed text takes its highlight and finding with it', async () => {
    const {
      scanner: s,
      env,
      counts,
    } = await scan('<ul><li id="a">SOC 2 here</li><li>SOC 3 there</li></ul>');
    document.getElementById('a')?.remove();
    await s.settled();
    env.runFrames();
    expect(found(s).map((f) => f.text)).toEqual(['SOC 3']);
    expect(env.registry.map.get('which-soc-soc2')?.size).toBe(0);
    expect(counts).toEqual([2, 1]);
  });

  test('a re-rendered row (same text, new nodes) is found once', async () => {
    const { scanner: s } = await scan(
      '<table><tbody id="b"><tr><td>Provide SOC 2</td></tr></tbody></table>',
    );
    const body = document.getElementById('b') as HTMLElement;
    for (let i = 0; i < 3; i++) {
      const row = document.createElement('tr');
      row.append(Object.assign(document.createElement('td'), { textContent: 'Provide SOC 2' }));
      body.replaceChildren(row);
      await s.settled();
    }
    expect(found(s).map((f) => f.text)).toEqual(['SOC 2']);
    expect(s.store.inOrder()[0]?.nodes[0]?.isConnected).toBe(true);
  });
});

describe('rescanning a changed block', () => {
  test('drops the findings of the blocks under it and finds each again once', async () => {
    const { scanner: s, env } = await scan(
      '<section id="s"><p>SOC 1 here</p><div><p>SOC 2 there</p></div></section><p>SOC 3 out</p>',
    );
    const outside = s.store.inOrder()[2];
    const inside = s.store.inOrder()[1];
    document.getElementById('s')?.append(document.createTextNode('and SOC 3 too'));
    await s.settled();
    env.runFrames();
    expect(found(s).map((f) => f.text)).toEqual(['SOC 1', 'SOC 2', 'SOC 3', 'SOC 3']);
    expect(s.store.inOrder()).toContain(outside);
    expect(s.store.inOrder()).not.toContain(inside);
    expect(env.registry.map.get('which-soc-soc1')?.size).toBe(1);
    expect(env.registry.map.get('which-soc-soc2')?.size).toBe(1);
    expect(env.registry.map.get('which-soc-soc3')?.size).toBe(2);
  });

  test('adopts new shadow roots under it, but none under what we never read', async () => {
    const { scanner: s } = await scan('<div id="d"><p>SOC 1</p></div>');
    const withShadow = (text: string) => {
      const host = document.createElement('div');
      const shadow = host.attachShadow({ mode: 'open' });
      shadow.append(Object.assign(document.createElement('p'), { textContent: text }));
      return { host, shadow };
    };
    const read = withShadow('A bridge letter');
    const ours = withShadow('SOC 2 in our own UI');
    const edited = withShadow('ISO 27001 typed by the user');
    const ownUi = document.createElement('which-soc-card');
    ownUi.append(ours.host);
    const field = document.createElement('div');
    field.setAttribute('contenteditable', 'true');
    field.append(edited.host);
    const holder = document.getElementById('d') as HTMLElement;
    holder.append(document.createTextNode('more'), read.host, ownUi, field);
    await s.settled();
    expect(found(s).map((f) => f.report)).toEqual(['soc1', 'bridge-letter']);
    expect(s.shadowRoots()).toEqual([read.shadow]);
  });
});

describe('open shadow roots', () => {
  test('are walked into, and findings sit where their host is', async () => {
    document.body.innerHTML = '<p>First SOC 1</p><div id="host"></div><p>Last SOC 3</p>';
    const host = document.getElementById('host') as HTMLElement;
    const shadow = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('p');
    inner.textContent = 'Inside: SOC 2 Type 2';
    shadow.append(inner);
    const env = fakeHighlightEnv();
    scanner = new Scanner(document, {
      detector: stubDetector,
      highlighter: new Highlighter(env),
      debounceMs: 5,
    });
    await scanner.start();
    await scanner.settled();
    expect(scanner.store.inOrder().map((f) => f.text)).toEqual(['SOC 1', 'SOC 2 Type 2', 'SOC 3']);
    expect(scanner.store.inOrder()[1]?.root).toBe(shadow);
    expect(scanner.shadowRoots()).toEqual([shadow]);
  });

  test('are found even when the document itself holds no request', async () => {
    document.body.innerHTML = '<p>Nothing here</p><div id="host"></div>';
    const shadow = (document.getElementById('host') as HTMLElement).attachShadow({ mode: 'open' });
    shadow.append(Object.assign(document.createElement('p'), { textContent: 'A SOC 2 please' }));
    scanner = new Scanner(document, { detector: stubDetector, debounceMs: 5 });
    await scanner.start();
    await scanner.settled();
    expect(scanner.stats.fastPathSkips).toBeGreaterThanOrEqual(1);
    expect(scanner.store.inOrder().map((f) => f.text)).toEqual(['SOC 2']);
  });

  test('changes inside a shadow root are observed', async () => {
    document.body.innerHTML = '<div id="host"></div>';
    const shadow = (document.getElementById('host') as HTMLElement).attachShadow({ mode: 'open' });
    shadow.append(Object.assign(document.createElement('p'), { textContent: 'SOC 2' }));
    scanner = new Scanner(document, { detector: stubDetector, debounceMs: 5 });
    await scanner.start();
    await scanner.settled();
    shadow.append(Object.assign(document.createElement('p'), { textContent: 'ISO 27001' }));
    await scanner.settled();
    expect(scanner.store.inOrder().map((f) => f.report)).toEqual(['soc2', 'iso27001']);
  });
});

describe('works in slices', () => {
  test('a page with no hint is cleared by the fast path without a walk', async () => {
    const { scanner: s } = await scan(
      '<table>' + '<tr><td>Do you encrypt data at rest?</td></tr>'.repeat(200) + '</table>',
    );
    expect(s.stats.fastPathSkips).toBe(1);
    expect(s.stats.walks).toBe(0);
  });

  test('a huge text node is analysed in windows, yielding between slices', async () => {
    const slicer = quickSlicer();
    const filler = 'lorem ipsum dolor sit amet '.repeat(20_000);
    const { scanner: s } = await scan(
      `<div>${filler}Please attach the SOC 2 report. ${filler}</div>`,
      { slicer },
    );
    expect(found(s).map((f) => f.text)).toEqual(['SOC 2']);
    expect(s.stats.analyzeCalls).toBe(1);
    expect(slicer.yields).toBeGreaterThan(2);
    expect(s.store.inOrder()[0]?.question.length).toBeLessThanOrEqual(600);
  });

  test('many questions are walked across several slices and all found', async () => {
    const slicer = quickSlicer();
    const rows = Array.from(
      { length: 300 },
      (_, i) => `<tr><td>${i}</td><td>Q${i}: ${i % 3 === 0 ? 'SOC 2 report' : 'backups'}</td></tr>`,
    );
    const { scanner: s } = await scan(`<table>${rows.join('')}</table>`, { slicer });
    expect(s.store.size).toBe(100);
    expect(slicer.yields).toBeGreaterThan(5);
  });
});

describe('the hint-guided scan', () => {
  test('walks only the blocks whose text holds a hint', async () => {
    const rows = Array.from(
      { length: 200 },
      (_, i) =>
        `<tr><td>${i}</td><td>${i % 50 === 7 ? 'Attach the SOC 2 report' : 'Do you back up data?'}</td><td><textarea></textarea></td></tr>`,
    );
    const { scanner: s } = await scan(`<h2>Audits</h2><table>${rows.join('')}</table>`);
    expect(found(s).map((f) => f.text)).toEqual(['SOC 2', 'SOC 2', 'SOC 2', 'SOC 2']);
    expect(s.stats.guidedScans).toBe(1);
    expect(s.stats.walks).toBe(4);
    // The heading is found without the whole-page walk that used to track it.
    expect(s.store.inOrder()[0]?.context).toContain('Audits');
  });

  test.each([
    ['a hint only inside an answer field', '<p>Question</p><textarea>SOC 2 report</textarea>'],
    ['a hint only inside a script', '<p>Question</p><script>var soc = 2;</script>'],
    ['a hint only inside our own element', '<p>Question</p><which-soc-card>SOC 2</which-soc-card>'],
  ])('finds nothing for %s, and walks nothing', async (_name, markup) => {
    const { scanner: s } = await scan(markup);
    expect(found(s)).toEqual([]);
    expect(s.stats.walks).toBe(0);
  });

  test('walks a block holding other hinted blocks once, finding each phrase once', async () => {
    const { scanner: s } = await scan(
      '<div>Intro: SOC 1 first<p>Then the SOC 2 report</p>and SOC 3 last</div>',
    );
    expect(found(s).map((f) => f.text)).toEqual(['SOC 1', 'SOC 2', 'SOC 3']);
    expect(s.stats.walks).toBe(1);
  });

  test('finds a phrase right after a number in the previous cell ("12SOC 2" in textContent)', async () => {
    // A word boundary in the hint, as the rules' own expression has one.
    const detector: Detector = { ...stubDetector, hintSource: String.raw`\bsoc\b|\b27001` };
    document.body.innerHTML =
      '<table><tr><td>Question</td><td>Answer</td></tr><tr><td>12</td><td>SOC 2 report</td></tr><tr><td>13</td><td>27001 certificate</td></tr></table>';
    scanner = new Scanner(document, { detector, debounceMs: 5 });
    await scanner.start();
    await scanner.settled();
    expect(scanner.store.inOrder().map((f) => f.report)).toEqual(['soc2']);
    expect(scanner.stats.fastPathSkips).toBe(0);
  });

  test('a page cleared by the whole-page check finds a request added later', async () => {
    const { scanner: s, env } = await scan(
      '<table><tbody id="b">' +
        '<tr><td>Do you encrypt data?</td></tr>'.repeat(30) +
        '</tbody></table>',
    );
    expect(s.stats.fastPathSkips).toBe(1);
    expect(s.stats.walks).toBe(0);
    const row = document.createElement('tr');
    row.append(
      Object.assign(document.createElement('td'), { textContent: 'Attach the SOC 1 report' }),
    );
    document.getElementById('b')?.append(row);
    await s.settled();
    env.runFrames();
    expect(found(s).map((f) => f.report)).toEqual(['soc1']);
    expect(env.registry.map.get('which-soc-soc1')?.size).toBe(1);
    // Text changed later in a row that held nothing is found too.
    const cell = document.querySelector('td') as HTMLElement;
    (cell.firstChild as Text).data = 'Provide your ISO 27001 certificate';
    await s.settled();
    expect(found(s).map((f) => f.report)).toEqual(['iso27001', 'soc1']);
  });

  test('rows added with no hint cost no walk, and a shadow host among them is adopted', async () => {
    const { scanner: s } = await scan(
      '<table><tbody id="b"><tr><td>SOC 2</td></tr></tbody></table>',
    );
    const walks = s.stats.walks;
    const body = document.getElementById('b') as HTMLElement;
    const host = document.createElement('div');
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.append(Object.assign(document.createElement('p'), { textContent: 'A bridge letter' }));
    const rows = Array.from({ length: 20 }, () => {
      const row = document.createElement('tr');
      row.append(Object.assign(document.createElement('td'), { textContent: 'Backups?' }));
      return row;
    });
    rows[5]?.firstChild?.appendChild(host);
    body.append(...rows);
    await s.settled();
    expect(found(s).map((f) => f.report)).toEqual(['soc2', 'bridge-letter']);
    // One walk: the shadow root's paragraph. The 20 rows were cleared by their text alone.
    expect(s.stats.walks - walks).toBe(1);
  });

  test('reads the page again when it changed while its text was being mapped', async () => {
    let clock = 0;
    let yields = 0;
    // Every look at the clock costs 1 ms, so the scan yields often; at its second yield the page
    // inserts rows at the top, moving every offset read before.
    const slicer = new Slicer(
      2,
      () => (clock += 1),
      async () => {
        if (++yields === 2) {
          const table = document.getElementById('t') as HTMLElement;
          table.insertAdjacentHTML(
            'afterbegin',
            '<tr><td>Inserted text that is quite long</td></tr>'.repeat(5),
          );
        }
      },
    );
    const rows = Array.from(
      { length: 600 },
      (_, i) =>
        `<tr><td>${i}</td><td>${i % 100 === 50 ? 'Attach the SOC 2 report' : 'Backups?'}</td></tr>`,
    );
    const { scanner: s } = await scan(`<table id="t">${rows.join('')}</table>`, { slicer });
    expect(yields).toBeGreaterThan(2);
    expect(found(s).map((f) => f.text)).toEqual(Array(6).fill('SOC 2'));
  });
});

describe('a document too big for one textContent read', () => {
  test.each([
    ['with requests', 'Attach the SOC 2 report', ['SOC 2', 'SOC 2', 'SOC 2'], 0],
    ['without requests', 'Backups?', [], 1],
  ])(
    '%s is read text node by text node in slices, and scanned alike',
    async (_name, asking, expected, skips) => {
      // 3 MB of HTML by the navigation entry: the scan must not read the text in one call.
      vi.spyOn(window.performance, 'getEntriesByType').mockReturnValue([
        { decodedBodySize: 3_000_000 } as unknown as PerformanceEntry,
      ]);
      const read = vi.spyOn(HTMLElement.prototype, 'textContent', 'get');
      const slicer = quickSlicer();
      const rows = Array.from(
        { length: 900 },
        (_, i) => `<tr><td>${i}</td><td>${i % 300 === 100 ? asking : 'Backups?'}</td></tr>`,
      );
      const { scanner: s } = await scan(`<table>${rows.join('')}</table>`, { slicer });
      expect(found(s).map((f) => f.text)).toEqual(expected);
      expect(s.stats.fastPathSkips).toBe(skips);
      expect(read.mock.contexts).not.toContain(document.body);
      expect(slicer.yields).toBeGreaterThan(1);
    },
  );
});

describe('analysing a text once', () => {
  test('repeated rows are analysed once, unless their result depends on the context', async () => {
    const seen: string[] = [];
    const detector: Detector = {
      ...stubDetector,
      analyzeWithContextUse(text, options) {
        seen.push(text);
        return {
          requests: stubDetector.analyze(text, options),
          contextUsed: /SOC report/.test(text),
        };
      },
    };
    const section = (heading: string) =>
      `<h2>${heading}</h2><table>` +
      '<tr><td>Attach the SOC 2 report</td></tr>'.repeat(3) +
      '<tr><td>Any SOC report?</td></tr>'.repeat(2) +
      '</table>';
    document.body.innerHTML = section('Financial reporting') + section('Security');
    scanner = new Scanner(document, { detector, debounceMs: 5 });
    await scanner.start();
    await scanner.settled();
    expect(scanner.store.size).toBe(10);
    // One call for the numbered text, one per heading for the unnumbered one.
    expect(seen).toEqual(['Attach the SOC 2 report', 'Any SOC report?', 'Any SOC report?']);
    expect(scanner.store.inOrder().map((f) => f.report)).toEqual([
      ...['soc2', 'soc2', 'soc2', 'soc1', 'soc1'],
      ...['soc2', 'soc2', 'soc2', 'soc2', 'soc2'],
    ]);
    expect(scanner.stats.analyzeCalls).toBe(3);
  });
});

describe('textContentHintSource', () => {
  const source = textContentHintSource(String.raw`\bsoc(?![a-z])|ssae|(?:\btype\W?2)|\bisms\b`);
  test.each([
    ['a phrase after a digit of the previous cell', '12SOC 2', true],
    ['a phrase after punctuation', '1.2SOC 2', true],
    ['a phrase starting the text', 'SOC 2', true],
    ['a type after a digit', '3Type 2', true],
    ['an inner literal, as before', 'xssae', true],
  ])('matches %s', (_name, text, expected) => {
    expect(new RegExp(source, 'i').test(text)).toBe(expected);
  });
  test.each([
    ['a word ending in the hint', 'mechanisms'],
    ['a word holding the letters', 'associate'],
  ])('does not match %s', (_name, text) => {
    expect(new RegExp(source, 'i').test(text)).toBe(false);
  });
});

describe('blocksOf', () => {
  test('gives each hinted block once, in order, leaving out blocks inside another', () => {
    document.body.innerHTML =
      '<div id="a">x<p id="b">y</p></div><p id="c">z<b>w</b></p><textarea id="t">v</textarea>';
    const text = (id: string, index = 0) => document.getElementById(id)?.childNodes[index] as Text;
    const bold = document.querySelector('b')?.firstChild as Text;
    const blocks = blocksOf(
      [text('b'), text('a'), text('c'), bold, text('t'), undefined],
      document.body,
    );
    expect(blocks.map((block) => (block as Element).id)).toEqual(['a', 'c']);
  });
});

describe('the question around a finding', () => {
  /** A detector that reads the context only for "SOC report" (an unnumbered request). */
  function lazyReader(reads: string[]): Detector {
    return {
      ...stubDetector,
      analyze(text, options) {
        if (/SOC report/.test(text)) reads.push(options?.context ?? '');
        // The stand-in's own reasons quote the context: left out, so only the line above reads it.
        return stubDetector.analyze(text).map((request) => ({ ...request, reasons: [] }));
      },
    };
  }

  const page =
    '<h2>Financial reporting</h2><table>' +
    '<tr><td>1.1</td><td>Attach the SOC 2 report</td><td><textarea></textarea></td></tr>' +
    '<tr><td>1.2</td><td>Any SOC report?</td><td><textarea></textarea></td></tr>' +
    '</table>';

  test('is looked up during the scan only where the rules read the context, the rest when idle', async () => {
    document.body.innerHTML = page;
    const reads: string[] = [];
    const closest = vi.spyOn(Element.prototype, 'closest');
    scanner = new Scanner(document, { detector: lazyReader(reads), observe: false });
    await scanner.start();
    // The scan job is done: only the unnumbered request's question was looked up (one
    // `closest` for its block).
    expect(reads).toEqual(['Financial reporting | 1.2 Any SOC report?']);
    expect(closest.mock.calls.length).toBe(1);
    await scanner.settled();
    // The page was idle: the other one was worked out then, once, and reading costs nothing.
    expect(closest.mock.calls.length).toBe(2);
    const [numbered, unnumbered] = scanner.store.inOrder();
    expect(numbered?.question).toBe('1.1 Attach the SOC 2 report');
    expect(numbered?.context).toBe('Financial reporting | 1.1 Attach the SOC 2 report');
    expect(numbered?.questionBlock.localName).toBe('tr');
    expect(unnumbered?.question).toBe('1.2 Any SOC report?');
    expect(closest.mock.calls.length).toBe(2);
  });

  test('is worked out on the spot when read before the page was idle', async () => {
    document.body.innerHTML = page;
    const closest = vi.spyOn(Element.prototype, 'closest');
    scanner = new Scanner(document, { detector: lazyReader([]), observe: false });
    await scanner.start();
    const [numbered] = scanner.store.inOrder();
    expect(numbered?.question).toBe('1.1 Attach the SOC 2 report');
    expect(closest.mock.calls.length).toBe(2);
    await scanner.settled();
    // The idle pass found it done.
    expect(closest.mock.calls.length).toBe(2);
  });

  test('is still answered when the page removed the question before it was worked out', async () => {
    document.body.innerHTML = page;
    scanner = new Scanner(document, { detector: lazyReader([]), observe: false });
    await scanner.start();
    const [numbered] = scanner.store.inOrder();
    document.body.replaceChildren();
    expect(numbered?.question).toBe('1.1 Attach the SOC 2 report');
    // Its heading left with the page: the context is what is left around the question.
    expect(numbered?.context).toBe('1.1 Attach the SOC 2 report');
  });

  test('falls back to its own text when the lookup fails', async () => {
    document.body.innerHTML = page;
    scanner = new Scanner(document, { detector: lazyReader([]), observe: false });
    await scanner.start();
    const [numbered] = scanner.store.inOrder();
    vi.spyOn(Element.prototype, 'closest').mockImplementation(() => {
      throw new Error('hostile page');
    });
    expect(numbered?.question).toBe('Attach the SOC 2 report');
    expect(numbered?.context).toBe('');
    expect(numbered?.questionBlock.localName).toBe('td');
  });
});

describe('a guided scan', () => {
  test('analyses only the runs where the page-wide hint pass found a hint', async () => {
    document.body.innerHTML =
      '<table><tr><td>Attach the SOC 2 report</td><td>Notes</td><td>Yes</td></tr></table>' +
      '<p>Unrelated</p>';
    const analysed: string[] = [];
    scanner = new Scanner(document, {
      detector: {
        ...stubDetector,
        analyze: (text, options) => {
          analysed.push(text);
          return stubDetector.analyze(text, options);
        },
      },
      observe: false,
    });
    await scanner.start();
    await scanner.settled();
    expect(scanner.stats.guidedScans).toBe(1);
    expect(analysed).toEqual(['Attach the SOC 2 report']);
    expect(found(scanner).map((f) => f.text)).toEqual(['SOC 2']);
  });
});
