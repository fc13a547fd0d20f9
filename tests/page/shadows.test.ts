/**
 * @vitest-environment happy-dom
 */
import { afterEach, expect, test } from 'vitest';
import { sweepForShadowRoots } from '../../lib/page/shadows';

afterEach(() => {
  document.body.replaceChildren();
});

test('finds the open shadow roots of a scope, its own first, in document order', async () => {
  document.body.innerHTML =
    '<div id="scope"><span id="a"></span><p><x-widget id="b"></x-widget></p></div><div id="c"></div>';
  const byId = (id: string) => document.getElementById(id) as HTMLElement;
  const scope = byId('scope');
  const own = scope.attachShadow({ mode: 'open' });
  const a = byId('a').attachShadow({ mode: 'open' });
  const b = byId('b').attachShadow({ mode: 'open' });
  byId('c').attachShadow({ mode: 'open' });
  // A host inside a shadow root belongs to that root's own sweep.
  const nestedHost = document.createElement('div');
  a.append(nestedHost);
  nestedHost.attachShadow({ mode: 'open' });
  // Closed roots are not ours to read.
  scope.append(document.createElement('section'));
  (scope.lastElementChild as HTMLElement).attachShadow({ mode: 'closed' });

  const found: ShadowRoot[] = [];
  await sweepForShadowRoots(
    scope,
    (root) => found.push(root),
    () => Promise.resolve(),
  );
  expect(found).toEqual([own, a, b]);
});

test('looks at the clock as it goes through many elements', async () => {
  const rows = Array.from({ length: 3000 }, (_, i) => `<div id="r${i}"></div>`).join('');
  document.body.innerHTML = rows;
  const last = (document.getElementById('r2999') as HTMLElement).attachShadow({ mode: 'open' });
  let pauses = 0;
  const found: ShadowRoot[] = [];
  await sweepForShadowRoots(
    document,
    (root) => found.push(root),
    () => {
      pauses++;
      return Promise.resolve();
    },
  );
  expect(found).toEqual([last]);
  expect(pauses).toBeGreaterThanOrEqual(5);
});
