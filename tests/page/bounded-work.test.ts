/**
 * @vitest-environment happy-dom
 *
 * Per-finding work is bounded whatever the page (issue 8: 5,000 levels of nesting, 100,000
 * elements), and the rules' warm-up runs in slices before the first `analyze`.
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

describe('the warm-up', () => {
  test('runs every step, in slices, before the first analyze, and only on pages with a hint', async () => {
    for (const [markup, expectSteps] of [
      ['<p>Please attach your SOC 2 report.</p>', 6],
      ['<p>Nothing to see here.</p>', 0],
    ] as const) {
      document.body.innerHTML = markup;
      const log: string[] = [];
      let clock = 0;
      const detector: Detector = {
        ...stubDetector,
        analyze: (text, options) => {
          log.push('analyze');
          return stubDetector.analyze(text, options);
        },
        *warmUp() {
          for (let i = 0; i < 6; i++) {
            yield () => {
              // Each step "takes" 3 ms of the fake clock: two steps fill a 4 ms slice.
              clock += 3;
              log.push(`step${i}`);
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
      const steps = log.filter((entry) => entry.startsWith('step'));
      expect(steps).toHaveLength(expectSteps);
      if (expectSteps > 0) {
        expect(log.indexOf('analyze')).toBe(expectSteps);
        // A step that took over a millisecond gets a fresh slice for the next one.
        expect(slicer.yields).toBeGreaterThanOrEqual(expectSteps);
      }
      scanner.stop();
    }
  });

  test('stops after its time budget, so a page pays for the compile steps only', async () => {
    document.body.innerHTML = '<p>Please attach your SOC 2 report.</p>';
    let clock = 0;
    let ran = 0;
    const detector: Detector = {
      ...stubDetector,
      *warmUp() {
        for (let i = 0; i < 1000; i++) {
          yield () => {
            clock += 5;
            ran++;
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
    expect(scanner.store.size).toBe(1);
    expect(ran).toBeGreaterThan(0);
    expect(ran * 5).toBeLessThanOrEqual(40);
    scanner.stop();
  });
});
