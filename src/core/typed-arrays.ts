/**
 * `array` itself when it holds `size` entries, else a copy with room for them: at least half as long again,
 * so an array filled one entry at a time is copied only a few times.
 */
export function withRoom<A extends Int32Array | Uint16Array>(array: A, size: number): A {
  if (size <= array.length) return array;
  const length = Math.max(size, Math.ceil(array.length * 1.5));
  const grown = array instanceof Int32Array ? new Int32Array(length) : new Uint16Array(length);
  grown.set(array);
  return grown as A;
}
