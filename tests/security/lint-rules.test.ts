/**
 * The house lint rules that keep page text from being parsed as HTML or code (SECURITY.md) really fire: ESLint runs programmatically with the repository's own
 * eslint.config.js on small source strings, RuleTester-style, each placed where our sources live.
 * Each banned sink must be reported; the safe way to do the same thing must not be.
 */
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, test } from 'vitest';

const ROOT = new URL('../..', import.meta.url).pathname;

let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT });
});

/** Lints `code` as if it were `file` (a path in our sources); returns the messages' rule ids. */
async function ruleIds(code: string, file: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${ROOT}${file}` });
  return (result?.messages ?? []).map((message) => message.ruleId ?? `fatal: ${message.message}`);
}

/** The rules that guard the sinks (the house selectors, and the core rules next to them). */
const SINK_RULES = ['no-restricted-syntax', 'no-implied-eval', 'no-eval', 'no-new-func'];

const banned: [string, string, string][] = [
  [
    'innerHTML assignment',
    'lib/page/x.ts',
    'export function f(el: Element, t: string) { el.innerHTML = t; }',
  ],
  [
    'innerHTML +=',
    'lib/page/x.ts',
    'export function f(el: Element, t: string) { el.innerHTML += t; }',
  ],
  [
    'innerHTML by a string key',
    'lib/page/x.ts',
    "export function f(el: Element, t: string) { el['innerHTML'] = t; }",
  ],
  [
    'outerHTML assignment',
    'components/x.tsx',
    'export function f(el: Element, t: string) { el.outerHTML = t; }',
  ],
  [
    'insertAdjacentHTML',
    'entrypoints/x.ts',
    "export function f(el: Element, t: string) { el.insertAdjacentHTML('beforeend', t); }",
  ],
  ['document.write', 'entrypoints/x.ts', 'export function f(t: string) { document.write(t); }'],
  ['document.writeln', 'entrypoints/x.ts', 'export function f(t: string) { document.writeln(t); }'],
  [
    'createContextualFragment',
    'lib/page/x.ts',
    'export function f(r: Range, t: string) { return r.createContextualFragment(t); }',
  ],
  [
    'setHTMLUnsafe',
    'lib/page/x.ts',
    'export function f(el: Element, t: string) { (el as any).setHTMLUnsafe(t); }',
  ],
  [
    'DOMParser.parseFromString',
    'lib/page/x.ts',
    "export function f(t: string) { return new DOMParser().parseFromString(t, 'text/html'); }",
  ],
  [
    'srcdoc assignment',
    'lib/page/x.ts',
    'export function f(el: HTMLIFrameElement, t: string) { el.srcdoc = t; }',
  ],
  [
    'dangerouslySetInnerHTML',
    'components/x.tsx',
    'export const X = (p: { t: string }) => <div dangerouslySetInnerHTML={{ __html: p.t }} />;',
  ],
  ['eval', 'lib/x.ts', 'export function f(t: string) { return eval(t); }'],
  ['window.eval', 'lib/x.ts', 'export function f(t: string) { return window.eval(t); }'],
  ['new Function', 'lib/x.ts', "export function f(t: string) { return new Function('x', t); }"],
  ['Function without new', 'lib/x.ts', "export function f(t: string) { return Function('x', t); }"],
  [
    'setTimeout with a string',
    'entrypoints/x.ts',
    "export function f() { setTimeout('alert(1)', 10); }",
  ],
  [
    'setInterval with a string',
    'entrypoints/x.ts',
    "export function f() { setInterval('alert(1)', 10); }",
  ],
];

const allowed: [string, string, string][] = [
  [
    'textContent assignment',
    'lib/page/x.ts',
    'export function f(el: Element, t: string) { el.textContent = t; }',
  ],
  [
    'reading innerHTML',
    'lib/page/x.ts',
    'export function f(el: Element) { return el.innerHTML.length; }',
  ],
  [
    'insertAdjacentText',
    'lib/page/x.ts',
    "export function f(el: Element, t: string) { el.insertAdjacentText('beforeend', t); }",
  ],
  [
    'text as a Preact child',
    'components/x.tsx',
    'export const X = (p: { t: string }) => <div>{p.t}</div>;',
  ],
  [
    'setTimeout with a function',
    'entrypoints/x.ts',
    'export function f() { setTimeout(() => undefined, 10); }',
  ],
];

describe('the house lint rules', () => {
  test.each(banned)('report %s in %s', async (_name, file, code) => {
    const ids = await ruleIds(code, file);
    expect(ids.filter((id) => id.startsWith('fatal'))).toEqual([]);
    expect(ids.some((id) => SINK_RULES.includes(id))).toBe(true);
  });

  test.each(allowed)('leave %s in %s alone', async (_name, file, code) => {
    const ids = await ruleIds(code, file);
    expect(ids.filter((id) => SINK_RULES.includes(id) || id.startsWith('fatal'))).toEqual([]);
  });

  test('say why when they fire', async () => {
    const [result] = await eslint.lintText(
      'export function f(el: Element, t: string) { el.innerHTML = t; }',
      { filePath: `${ROOT}lib/page/x.ts` },
    );
    expect(result?.messages.map((message) => message.message)).toEqual([
      'Never assign innerHTML: page text must stay text. Build nodes or use Preact.',
    ]);
  });
});
