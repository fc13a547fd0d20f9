/**
 * The content script in real Chromium with the release build, on a mapped questionnaire host:
 * highlights per report on the demo questionnaire and fixtures, traps never
 * highlighted, rows that render late and re-render, an open shadow root and same-origin frames.
 * Highlights are read from the page's main world: the CSS.highlights registry is shared.
 */
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { highlightCounts, launch, waitForHighlights, type Harness } from './harness';
import { highlightedByQuestionInPage } from './highlight-probe';

let harness: Harness;

beforeAll(async () => {
  harness = await launch();
});

afterAll(async () => {
  await harness?.close();
});

/** `data-q` of each highlighted range's question, with the report of the highlight. */
function highlightedByQuestion(target: Page | Frame): Promise<string[]> {
  return target.evaluate(highlightedByQuestionInPage);
}

/** The text of every highlighted range, sorted. */
function highlightedTexts(target: Page | Frame): Promise<string[]> {
  return target.evaluate(() => {
    const texts: string[] = [];
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('which-soc-') || name === 'which-soc-active') continue;
      for (const range of highlight) {
        const live = document.createRange();
        live.setStart(range.startContainer, range.startOffset);
        live.setEnd(range.endContainer, range.endOffset);
        texts.push(`${name.slice('which-soc-'.length)}=${live.toString()}`);
      }
    }
    return texts.sort();
  });
}

/**
 * Highlighted `report=text` entries, one per pattern, in order: the rules decide how much of the
 * phrase a highlight spans ("SOC 2" or "SOC 2 Type 2 report"), so only its start is fixed here.
 */
function expectPhrases(actual: string[], patterns: RegExp[]): void {
  expect(actual).toHaveLength(patterns.length);
  patterns.forEach((pattern, i) => expect(actual[i]).toMatch(pattern));
}

describe('the demo questionnaire', () => {
  test('highlights each request in its report’s colour, and no trap', async () => {
    const page = await harness.open('demo/questionnaire.html');
    await waitForHighlights(page, 8);
    // Give the scan time to finish (it works in slices).
    await page.waitForTimeout(300);
    const expected = await page.evaluate(() =>
      [...document.querySelectorAll('[data-expect]')].flatMap((element) =>
        (element.getAttribute('data-expect') ?? '')
          .split(/\s+/)
          .filter(Boolean)
          .map((entry) => `${element.getAttribute('data-q')}:${entry.split(':')[0]}`),
      ),
    );
    const traps = await page.evaluate(() =>
      [...document.querySelectorAll('[data-trap]')].map((element) =>
        element.getAttribute('data-q'),
      ),
    );
    const highlighted = await highlightedByQuestion(page);
    expect(highlighted).toEqual(expected.sort());
    for (const trap of traps)
      expect(highlighted.some((entry) => entry.startsWith(`${trap}:`))).toBe(false);
    await page.close();
  });

  test('puts the highlights back when the page deletes them from the shared registry', async () => {
    const page = await harness.open('demo/questionnaire.html');
    const before = await waitForHighlights(page, 8);
    await page.evaluate(() => {
      for (const name of [...CSS.highlights.keys()])
        if (name.startsWith('which-soc')) CSS.highlights.delete(name);
    });
    await waitForHighlights(page, 8, 5000);
    expect(await highlightCounts(page)).toEqual(before);
    await page.close();
  });

  test('styles every report from the manifest CSS, so it reads on light and dark pages', async () => {
    const page = await harness.open('demo/questionnaire.html');
    await waitForHighlights(page, 8);
    const styles = await page.evaluate(() => {
      const element = document.querySelector('[data-q]') as Element;
      const colours: Record<string, string[]> = {};
      for (const report of ['soc2', 'soc1', 'soc3', 'iso27001', 'bridge-letter']) {
        const style = getComputedStyle(element, `::highlight(which-soc-${report})`);
        colours[report] = [style.backgroundColor, style.color];
      }
      return {
        colours,
        styled: getComputedStyle(document.documentElement)
          .getPropertyValue('--which-soc-styled')
          .trim(),
        // No sheet added to the loaded page: that would restyle every element.
        adopted: document.adoptedStyleSheets.length,
      };
    });
    expect(styles.styled).toBe('1');
    expect(styles.adopted).toBe(0);
    const backgrounds = Object.values(styles.colours).map(([background]) => background);
    expect(new Set(backgrounds).size).toBe(5);
    for (const [background, text] of Object.values(styles.colours)) {
      expect(background).not.toBe('rgba(0, 0, 0, 0)');
      expect(text).toBe('rgb(17, 17, 17)');
    }
    await page.close();
  });
});

describe('a page that renders late and re-renders', () => {
  test('ends with highlights on exactly the requests of the last render', async () => {
    const page = await harness.open('content-late.html');
    await page.waitForFunction(
      () => (window as unknown as { rendered?: boolean }).rendered === true,
      undefined,
      {
        timeout: 10_000,
      },
    );
    // Let the debounced rescan run.
    await page.waitForTimeout(600);
    expectPhrases(await highlightedTexts(page), [/^iso27001=ISO 27001/]);
    expect(await highlightedByQuestion(page)).toEqual(['2:iso27001']);
    const findings = (await harness.findings(page)) as {
      findings: { text: string; report: string }[];
    };
    expect(findings.findings.map((finding) => finding.report)).toEqual(['iso27001']);
    expect(findings.findings[0]?.text).toMatch(/^ISO 27001/);
    await page.close();
  });
});

describe('a page with an open shadow root and frames', () => {
  test('highlights inside the shadow root, with our style added to the root’s own', async () => {
    const page = await harness.open('content-shadow-frame.html');
    await waitForHighlights(page, 2);
    await page.waitForTimeout(300);
    expectPhrases(await highlightedTexts(page), [/^soc2=SOC 2/, /^soc3=SOC 3/]);
    const sheets = await page.evaluate(() => {
      const shadow = document.getElementById('host')?.shadowRoot;
      return (shadow?.adoptedStyleSheets ?? []).map((sheet) => sheet.cssRules[0]?.cssText ?? '');
    });
    expect(sheets).toHaveLength(2);
    expect(sheets[0]).toContain('rgb(10, 20, 30)');
    expect(sheets[1]).toContain('::highlight(which-soc-');
    await page.close();
  });

  test('highlights in a same-origin frame and a srcdoc frame', async () => {
    const page = await harness.open('content-shadow-frame.html');
    const child = page.frame({ url: /content-frame-child\.html$/ });
    const srcdoc = page.frames().find((frame) => frame.url() === 'about:srcdoc');
    expect(child).toBeTruthy();
    expect(srcdoc).toBeTruthy();
    for (const [frame, text] of [
      [child as Frame, /^iso27001=ISO 27001/],
      [srcdoc as Frame, /^bridge-letter=bridge letter/],
    ] as const) {
      await frame.waitForFunction(
        () => [...CSS.highlights.keys()].some((name) => name.startsWith('which-soc')),
        undefined,
        {
          timeout: 10_000,
        },
      );
      expectPhrases(await highlightedTexts(frame), [text]);
    }
    await page.close();
  });
});
