import { describe, expect, test, vi } from 'vitest';
import { retry } from '../lib/retry';

describe('retry', () => {
  test('asks again after each delay until an answer comes', async () => {
    vi.useFakeTimers();
    const answers = [null, null, 'ready'];
    const attempt = vi.fn(async () => answers.shift() ?? null);
    const result = retry([0, 50, 150, 400], attempt);
    await vi.advanceTimersByTimeAsync(49);
    expect(attempt).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(200);
    await expect(result).resolves.toBe('ready');
    expect(attempt).toHaveBeenCalledTimes(3);
    vi.useRealTimers();
  });

  test('gives null when no attempt answers', async () => {
    const attempt = vi.fn(async () => null);
    await expect(retry([0, 1, 1], attempt)).resolves.toBeNull();
    expect(attempt).toHaveBeenCalledTimes(3);
  });
});
