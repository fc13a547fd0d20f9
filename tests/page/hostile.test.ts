/**
 * @vitest-environment happy-dom
 *
 * Hostile text with the real rules: invisible characters inside a phrase, a phrase
 * split by markup and invisible characters at once. The scan must still find the request.
 */
import { afterEach, expect, test } from 'vitest';
import { rulesDetector } from '../../lib/page/detector';
import { Scanner } from '../../lib/page/scanner';

let scanner: Scanner | undefined;

afterEach(() => {
  scanner?.stop();
  document.body.replaceChildren();
});

test.each([
  ['a no-break space', 'Please attach your SOC\u00A02 Type II report.'],
  ['a zero-width space', 'Please attach your SOC\u200B2 Type II report.'],
  ['a soft hyphen inside the word', 'Please attach your S\u00ADOC 2 Type II report.'],
  ['bidi marks', 'Please attach your \u200ESOC 2\u200F Type II report.'],
])('finds a SOC 2 request written with %s', async (_name, text) => {
  const p = document.createElement('p');
  p.textContent = text;
  document.body.append(p);
  scanner = new Scanner(document, { detector: rulesDetector, observe: false });
  await scanner.start();
  await scanner.settled();
  expect(scanner.store.inOrder().map((finding) => finding.report)).toEqual(['soc2']);
});
