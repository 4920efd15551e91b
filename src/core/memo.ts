/**
 * Bounded memos: a value remembered per key, all forgotten at once past a limit (a bound against unbounded
 * growth on odd input, not an LRU: the keys that matter come back and are remembered again).
 */

/** Remember `value` under `key`, first forgetting everything when the memo holds `limit` entries. */
export function remember<K, V>(memo: Map<K, V>, key: K, value: V, limit: number): void {
  if (memo.size >= limit) memo.clear();
  memo.set(key, value);
}

/** `compute`, with each key's result remembered (up to `limit` keys). */
export function memoize<K, V>(compute: (key: K) => V, limit = Infinity): (key: K) => V {
  const memo = new Map<K, V>();
  return (key) => {
    let value = memo.get(key);
    if (value === undefined) remember(memo, key, (value = compute(key)), limit);
    return value;
  };
}
