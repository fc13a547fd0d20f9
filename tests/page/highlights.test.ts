/**
 * @vitest-environment happy-dom
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { HIGHLIGHT_CSS, Highlighter, highlightName } from '../../lib/page/highlights';
import { REPORT_IDS } from '../../lib/rules';
import { fakeHighlightEnv } from './helpers';

/** `name -> declarations` of every ::highlight rule in a CSS text, whitespace removed. */
function highlightRules(css: string): Record<string, string> {
  const rules: Record<string, string> = {};
  for (const match of css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .matchAll(/::highlight\(([\w-]+)\)\s*\{([^}]*)\}/g)) {
    rules[match[1] as string] = (match[2] as string).replace(/\s+/g, '').replace(/;$/, '');
  }
  return rules;
}

function range(): AbstractRange {
  document.body.textContent = 'SOC 2';
  const r = document.createRange();
  r.selectNodeContents(document.body);
  return r;
}

describe('highlight styles', () => {
  test('the manifest CSS and the shadow-root copy say the same', () => {
    const manifest = readFileSync(
      join(__dirname, '../../entrypoints/questionnaire.content/style.css'),
      'utf8',
    );
    expect(highlightRules(manifest)).toEqual(highlightRules(HIGHLIGHT_CSS));
    expect(manifest).toMatch(/--which-soc-styled:\s*1/);
  });

  test.each(REPORT_IDS.map((report) => [report]))(
    'give %s a background and a text colour',
    (report) => {
      const rule = highlightRules(HIGHLIGHT_CSS)[highlightName(report)];
      expect(rule).toMatch(/background-color:#[0-9a-f]{6}/);
      expect(rule).toMatch(/(^|;)color:#111/);
    },
  );
});

describe('the highlighter', () => {
  test('applies many changes in one frame', () => {
    const env = fakeHighlightEnv();
    const highlighter = new Highlighter(env);
    for (let i = 0; i < 50; i++) highlighter.add('soc2', range(), document);
    expect(env.runFrames()).toBe(1);
    expect(env.registry.map.get('which-soc-soc2')?.size).toBe(50);
  });

  test('holds changes back during a scan and sends them when released', () => {
    const env = fakeHighlightEnv();
    const highlighter = new Highlighter(env);
    highlighter.hold();
    highlighter.add('soc1', range(), document);
    expect(env.runFrames()).toBe(0);
    highlighter.release();
    expect(env.runFrames()).toBe(1);
    expect(env.registry.map.get('which-soc-soc1')?.size).toBe(1);
  });

  test('registers its highlights again when the page deletes them', () => {
    const env = fakeHighlightEnv();
    const highlighter = new Highlighter(env);
    highlighter.add('iso27001', range(), document);
    env.runFrames();
    const ours = env.registry.map.get('which-soc-iso27001');
    env.registry.map.delete('which-soc-iso27001');
    highlighter.ensureRegistered();
    expect(env.registry.map.get('which-soc-iso27001')).toBe(ours);
  });

  test('appends its sheet to a shadow root, keeping the root’s own sheets', () => {
    const env = {
      ...fakeHighlightEnv(),
      createSheet: () => ({ marker: 'ours' }) as unknown as CSSStyleSheet,
    };
    const host = document.createElement('div');
    const shadow = host.attachShadow({ mode: 'open' });
    const own = { marker: 'page' } as unknown as CSSStyleSheet;
    let sheets: CSSStyleSheet[] = [own];
    Object.defineProperty(shadow, 'adoptedStyleSheets', {
      configurable: true,
      get: () => sheets,
      set: (next: CSSStyleSheet[]) => {
        sheets = next;
      },
    });
    new Highlighter(env).add('soc2', range(), shadow);
    expect(sheets.map((sheet) => (sheet as unknown as { marker: string }).marker)).toEqual([
      'page',
      'ours',
    ]);
  });

  test('does not touch the document’s sheets when the manifest CSS styles it', () => {
    let created = 0;
    const env = {
      ...fakeHighlightEnv(),
      documentStyled: true,
      createSheet: () => {
        created++;
        return null;
      },
    };
    new Highlighter(env).add('soc2', range(), document);
    expect(created).toBe(0);
  });
});
