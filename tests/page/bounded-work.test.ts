/**
 * @vitest-environment happy-dom
 *
 * Per-finding work is bounded whatever the page (5,000 levels of nesting, 100,000
 * elements), and a page pays only for the rules its hinted blocks need (no warm-up).
 */
import { afterEach, describe, expect, test } from 'vitest';
import { ContextCache, precedingHeading, questionBlockOf } from '../../lib/page/context';
import type { Detector } from '../../lib/page/detector';
import { Scanner } from '../../lib/page/scanner';
import { Slicer } from '../../lib/page/scheduling';
import { stubDetector } from './helpers';

afterEach(() => {
  document.body.replaceChildren();
});

/** `depth` nested divs under the body, the innermost holding `text`; returns the innermost. */
function nest(depth: number, text: string, heading?: string): HTMLElement {
  if (heading !== undefined) {
    const h2 = document.createElement('h2');
    h2.textContent = heading;
    document.body.append(h2);
  }
  let parent: HTMLElement = document.body;
  for (let i = 0; i < depth; i++) {
    const div = document.createElement('div');
    parent.append(div);
    parent = div;
  }
  const p = document.createElement('p');
  p.textContent = text;
  parent.append(p);
  return p;
}

describe('the section heading of a deeply nested question', () => {
  test.each([
    ['is found above 2,000 levels', 2000, 'Financial reporting', 'Financial reporting'],
    ['is empty when there is none, at 2,000 levels', 2000, undefined, ''],
    ['is found above 10 levels', 10, 'Security', 'Security'],
  ])('%s', (_name, depth, heading, expected) => {
    const p = nest(depth, 'Provide your SOC report', heading);
    expect(precedingHeading(p, new ContextCache())).toBe(expected);
  });

  test('is answered from the cache for a later question of the same section', () => {
    const first = nest(50, 'Provide your SOC report', 'Financial reporting');
    const second = document.createElement('p');
    second.textContent = 'And your bridge letter';
    first.parentElement?.append(second);
    const cache = new ContextCache();
    expect(precedingHeading(first, cache)).toBe('Financial reporting');
    const cachedBefore = cache.headings.size;
    expect(precedingHeading(second, cache)).toBe('Financial reporting');
    // The second walk stopped at the first question's cached answer instead of walking on.
    expect(cache.headings.has(first)).toBe(true);
    expect(cachedBefore).toBeGreaterThan(0);
  });

  test.each([
    [
      'a heading inside an earlier question’s block, after its phrase',
      '<h2>Security</h2><div id="a"><p id="q1">SOC 2</p><h3>Financial reporting</h3></div><p id="q2">SOC report</p>',
      ['Security', 'Financial reporting'],
    ],
    [
      'a section row (lone header cell) between two questions',
      '<table><tr><th>Security</th></tr><tr id="q1"><td>SOC 2</td></tr><tr><th>Financial reporting</th></tr><tr id="q2"><td>SOC report</td></tr></table>',
      ['Security', 'Financial reporting'],
    ],
    [
      'a column header row (several cells), which names no section',
      '<h2>Audits</h2><table><tr id="q1"><td>SOC 2</td></tr><tr><th>Question</th><th>Answer</th></tr><tr id="q2"><td>SOC report</td></tr></table>',
      ['Audits', 'Audits'],
    ],
  ])('is right for a later question after %s', (_name, markup, expected) => {
    document.body.innerHTML = markup;
    const cache = new ContextCache();
    const first = document.getElementById('q1') as HTMLElement;
    const second = document.getElementById('q2') as HTMLElement;
    // The first answer is cached before the second question asks.
    expect([precedingHeading(first, cache), precedingHeading(second, cache)]).toEqual(expected);
  });
});

describe('the question block', () => {
  test.each([
    ['a small div with one field is the question', 3, 'parent'],
    ['a container holding hundreds of fields is not', 600, 'block'],
  ])('%s', (_name, fields, expected) => {
    const wrapper = document.createElement('div');
    const label = document.createElement('p');
    label.textContent = 'Provide your SOC report';
    wrapper.append(label);
    for (let i = 0; i < fields; i++) {
      const filler = document.createElement('div');
      filler.append(document.createElement('span'));
      wrapper.append(filler);
    }
    wrapper.append(document.createElement('textarea'));
    document.body.append(wrapper);
    const block = questionBlockOf(label, new ContextCache());
    expect(block).toBe(expected === 'parent' ? wrapper : label);
  });

  test('a list item bigger than one question falls back to the block', () => {
    const li = document.createElement('li');
    const p = document.createElement('p');
    p.textContent = 'Provide your SOC report';
    li.append(p, document.createTextNode('x'.repeat(10_000)));
    document.body.append(document.createElement('ul'));
    document.body.firstElementChild?.append(li);
    expect(questionBlockOf(p, new ContextCache())).toBe(p);
  });
});

describe('the cost of a page', () => {
  test.each([
    ['a page with no hint', '<p>Nothing to see here.</p>'.repeat(50), 0, 0],
    [
      'a page with one hinted question',
      '<p>Nothing here.</p><p>Please attach your SOC 2 report.</p>',
      1,
      1,
    ],
  ])(
    '%s pays no warm-up: the rules run only on hinted blocks (%i analyze calls)',
    async (_name, markup, analyzeCalls, findings) => {
      document.body.innerHTML = markup;
      const log: string[] = [];
      const detector: Detector = {
        ...stubDetector,
        analyze: (text, options) => {
          log.push('analyze');
          return stubDetector.analyze(text, options);
        },
        mightRequest: (text) => {
          log.push('mightRequest');
          return stubDetector.mightRequest(text);
        },
      };
      const scanner = new Scanner(document, { detector, observe: false });
      await scanner.start();
      await scanner.settled();
      expect(log.filter((entry) => entry === 'analyze')).toHaveLength(analyzeCalls);
      expect(log.filter((entry) => entry !== 'analyze')).toEqual([]);
      expect(scanner.store.size).toBe(findings);
      scanner.stop();
    },
  );
});

describe('the first-use steps for a text', () => {
  test('run before its analyze, in slices, once per text and only where a hint is', async () => {
    document.body.innerHTML =
      '<p>Nothing here.</p><p>Attach the SOC 2 report.</p><p>Attach the SOC 2 report.</p>';
    const log: string[] = [];
    let clock = 0;
    const detector: Detector = {
      ...stubDetector,
      analyzeWithContextUse: (text, options) => {
        log.push('analyze');
        return { requests: stubDetector.analyze(text, options), contextUsed: false };
      },
      *warmUpFor(text) {
        for (let i = 0; i < 4; i++) {
          yield () => {
            // Each step "takes" 3 ms of the fake clock: a 4 ms slice holds two at most.
            clock += 3;
            log.push(`step ${text}`);
          };
        }
      },
    };
    const slicer = new Slicer(
      4,
      () => clock,
      () => Promise.resolve(),
    );
    const scanner = new Scanner(document, { detector, slicer, observe: false });
    await scanner.start();
    await scanner.settled();
    expect(log).toEqual([...Array(4).fill('step Attach the SOC 2 report.'), 'analyze']);
    expect(slicer.yields).toBeGreaterThanOrEqual(2);
    expect(scanner.store.size).toBe(2);
    scanner.stop();
  });
});
