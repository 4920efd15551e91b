/** Sorting item (or node) numbers by a numeric key held in a typed array, for the hot loops. */

/**
 * Sort `ids` (non-negative numbers) in place by (key[id], id); none when already in order. Whole-number
 * keys (minutes) pack with the id into one exact number, so one native numeric sort does it.
 */
export function sortByKey(ids: Int32Array, key: Float64Array): Int32Array {
  let inOrder = true;
  let whole = true;
  let widest = 0;
  let idLimit = 0;
  let noNaN = true;
  for (let k = 0; k < ids.length; k++) {
    const id = ids[k];
    const v = key[id];
    if (v !== v) noNaN = false;
    if (k > 0 && (v < key[ids[k - 1]] || (v === key[ids[k - 1]] && id < ids[k - 1]))) inOrder = false;
    if (!Number.isInteger(v)) whole = false;
    else if (Math.abs(v) > widest) widest = Math.abs(v);
    if (id >= idLimit) idLimit = id + 1;
  }
  if (inOrder) return ids;
  // A run in schedule order is mostly in Start order already (items out of place by a few positions
  // within a day): an insertion sort costs one move per position out of place. Give up past a budget.
  // (NaN compares false both ways: leave those runs to the sorts below, as before.)
  if (noNaN && insertionSorted(ids, key, 4 * ids.length + 64)) return ids;
  // key * idLimit + id sorts as (key, id) and stays exact below 2^53.
  if (whole && (widest + 1) * (idLimit + 1) < Number.MAX_SAFE_INTEGER) {
    const packed = new Float64Array(ids.length);
    for (let k = 0; k < ids.length; k++) packed[k] = key[ids[k]] * idLimit + ids[k];
    packed.sort();
    for (let k = 0; k < ids.length; k++) {
      // The remainder of exact integers is exact; a negative key leaves a negative one.
      const id = packed[k] % idLimit;
      ids[k] = id < 0 ? id + idLimit : id;
    }
    return ids;
  }
  return ids.sort((a, b) => key[a] - key[b] || a - b);
}

/**
 * Insertion sort of `ids` by (key[id], id), in place, moving entries at most `budget` positions in all;
 * false (ids still a permutation, partly sorted) once the budget runs out.
 */
function insertionSorted(ids: Int32Array, key: Float64Array, budget: number): boolean {
  for (let k = 1; k < ids.length; k++) {
    const id = ids[k];
    const v = key[id];
    let j = k - 1;
    while (j >= 0 && (key[ids[j]] > v || (key[ids[j]] === v && ids[j] > id))) {
      ids[j + 1] = ids[j];
      j--;
    }
    ids[j + 1] = id;
    budget -= k - 1 - j;
    if (budget < 0) return false;
  }
  return true;
}
