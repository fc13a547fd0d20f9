/**
 * The card that loads on first use (entrypoints/questionnaire.content/lazy-card.ts, so
 * the content script's load task stays small): the first open loads it and shows the request, opens made while it loads collapse into
 * one (the newest), a close meanwhile cancels, and a failed load is reported and retried.
 */
import { describe, expect, test, vi } from 'vitest';
import { createLazyCard } from '../../entrypoints/questionnaire.content/lazy-card';
import type { CardUi } from '../../entrypoints/questionnaire.content/card-ui';
import type { CardRequest } from '../../lib/page/controller';

function request(phrase: string): CardRequest {
  return { phrase, question: '', requests: [], anchor: null, finding: null };
}

/** A stand-in for the real card that records what it was asked to show. */
function fakeCard(): CardUi & { shown: string[] } {
  let open = false;
  const shown: string[] = [];
  return {
    shown,
    open: vi.fn(async (card: CardRequest) => {
      shown.push(card.phrase);
      open = true;
    }),
    close: vi.fn(() => {
      open = false;
    }),
    isOpen: () => open,
    host: () => null,
  };
}

/** A loader the test resolves or rejects by hand, counting its calls. */
function manualLoader() {
  const calls: { resolve: (card: CardUi) => void; reject: (error: unknown) => void }[] = [];
  const load = vi.fn(
    () => new Promise<CardUi>((resolve, reject) => calls.push({ resolve, reject })),
  );
  return { load, calls };
}

/** A lazy card whose first open (of "SOC 2 report") has loaded and shown the real card. */
async function loadedCard() {
  const { load, calls } = manualLoader();
  const real = fakeCard();
  const card = createLazyCard(load, () => undefined);
  const opened = card.open(request('SOC 2 report'));
  calls[0]?.resolve(real);
  await opened;
  return { card, real, load };
}

describe('a card loaded on first use', () => {
  test('loads nothing until it is first opened', () => {
    const { load } = manualLoader();
    const card = createLazyCard(load, () => undefined);
    expect(load).not.toHaveBeenCalled();
    expect(card.isOpen()).toBe(false);
    expect(card.host()).toBeNull();
  });

  test('shows the first request once loaded, and loads only once', async () => {
    const { card, real, load } = await loadedCard();
    await card.open(request('ISO 27001 certificate'));
    expect(load).toHaveBeenCalledTimes(1);
    expect(real.shown).toEqual(['SOC 2 report', 'ISO 27001 certificate']);
    expect(card.isOpen()).toBe(true);
  });

  test.each([
    ['two opens while loading show only the newest', ['SOC 1', 'SOC 2'], ['SOC 2']],
    ['three opens while loading show only the newest', ['SOC 1', 'SOC 2', 'SOC 3'], ['SOC 3']],
  ])('%s', async (_name, phrases, expected) => {
    const { load, calls } = manualLoader();
    const real = fakeCard();
    const card = createLazyCard(load, () => undefined);
    const opens = phrases.map((phrase) => card.open(request(phrase)));
    calls[0]?.resolve(real);
    await Promise.all(opens);
    expect(load).toHaveBeenCalledTimes(1);
    expect(real.shown).toEqual(expected);
  });

  test('shows nothing when closed while it loads', async () => {
    const { load, calls } = manualLoader();
    const real = fakeCard();
    const card = createLazyCard(load, () => undefined);
    const opened = card.open(request('SOC 2 report'));
    card.close();
    calls[0]?.resolve(real);
    await opened;
    expect(real.shown).toEqual([]);
    expect(card.isOpen()).toBe(false);
  });

  test('reports a failed load and tries again on the next open', async () => {
    const { load, calls } = manualLoader();
    const failures: unknown[] = [];
    const real = fakeCard();
    const card = createLazyCard(load, (error) => failures.push(error));
    const first = card.open(request('SOC 2 report'));
    calls[0]?.reject(new Error('boom'));
    await first;
    expect(failures).toHaveLength(1);
    expect(card.isOpen()).toBe(false);
    const second = card.open(request('SOC 2 report'));
    calls[1]?.resolve(real);
    await second;
    expect(load).toHaveBeenCalledTimes(2);
    expect(real.shown).toEqual(['SOC 2 report']);
  });

  test('forwards close, isOpen and host to the loaded card', async () => {
    const { card, real } = await loadedCard();
    expect(card.isOpen()).toBe(true);
    card.close();
    expect(real.close).toHaveBeenCalledTimes(1);
    expect(card.isOpen()).toBe(false);
  });
});
