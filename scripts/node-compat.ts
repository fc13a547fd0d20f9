/**
 * Vitest 5 declares Node 22; this project also runs on Node 20. Node 20 lacks
 * `Map.groupBy` (Node 21+), which Vitest 5's reporter calls when it prints failures: without it a
 * red test shows up as "Map.groupBy is not a function" instead of its own error.
 * TODO [2027-04-30]: drop when Node 20 (end of life 2026-04-30) is gone from our machines.
 */
if (typeof (Map as { groupBy?: unknown }).groupBy !== 'function') {
  Object.defineProperty(Map, 'groupBy', {
    configurable: true,
    writable: true,
    value<K, T>(items: Iterable<T>, keyOf: (item: T, index: number) => K): Map<K, T[]> {
      const groups = new Map<K, T[]>();
      let index = 0;
      for (const item of items) {
        const key = keyOf(item, index++);
        const group = groups.get(key);
        if (group) group.push(item);
        else groups.set(key, [item]);
      }
      return groups;
    },
  });
}
