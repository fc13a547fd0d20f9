/**
 * Asking again while the other side sets up: a content script injected a moment ago may still
 * be registering its listener or scanning.
 */

/**
 * Calls `attempt` after each delay of `delaysMs` in turn (0: at once) until it gives something
 * other than null, and returns that; null when no attempt did.
 */
export async function retry<T>(
  delaysMs: readonly number[],
  attempt: () => Promise<T | null>,
): Promise<T | null> {
  for (const delay of delaysMs) {
    if (delay > 0) await new Promise((done) => setTimeout(done, delay));
    const result = await attempt();
    if (result !== null) return result;
  }
  return null;
}
