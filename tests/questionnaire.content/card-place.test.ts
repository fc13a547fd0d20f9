import { describe, expect, test } from 'vitest';
import { placeCard } from '../../entrypoints/questionnaire.content/card-ui';

const viewport = { width: 1280, height: 900 };

function anchorAt(top: number, left = 600) {
  return { top, bottom: top + 20, left, right: left + 60 };
}

describe('placeCard', () => {
  test.each([
    ['a phrase near the top', 100],
    ['a phrase in the middle', 460],
    ['a phrase near the bottom', 850],
  ])('keeps the card inside the viewport for %s', (_name, top) => {
    const place = placeCard(anchorAt(top), viewport)!;
    expect(place.top).toBeGreaterThanOrEqual(8);
    expect(place.top + place.maxHeight).toBeLessThanOrEqual(viewport.height);
    expect(place.left + 380).toBeLessThanOrEqual(viewport.width);
  });

  test('puts the card below the phrase when there is room', () => {
    const place = placeCard(anchorAt(100), viewport)!;
    expect(place.top).toBeGreaterThan(120);
  });

  test('puts the card above a phrase at the bottom of the screen', () => {
    const place = placeCard(anchorAt(850), viewport)!;
    expect(place.top + place.maxHeight).toBeLessThanOrEqual(850);
  });

  test('has no position without an anchor', () => {
    expect(placeCard(null, viewport)).toBeUndefined();
  });
});
