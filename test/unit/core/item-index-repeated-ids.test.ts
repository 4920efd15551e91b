/**
 * A boundary the item-index property test left open (found by mutation testing): an ID whose probe ends at slot 0.
 */
import { ItemIndex } from "../../../src/core/item-index";
import type { Item } from "../../../src/core/model";

const item = (id: string, index: number) => ({ id, index }) as Item;

// item-index.ts: "a read-only map from ID to the first item with that ID" (what Depends On and Needed For resolve
// through, and how a repeated ID is found). Schedule-style IDs, each given twice, at every table size on the way to
// 512 slots: whichever of them lands on slot 0 must still be found there.
test.each([1, 16, 100])("every repeated ID keeps its first item (expected size %i)", (expected) => {
  const index = new ItemIndex(expected);
  const ids = Array.from({ length: 200 }, (_, k) => `S${k + 1}`);
  const firsts = ids.map((id, k) => index.addFirst(item(id, k)));
  ids.forEach((id, k) => expect(index.addFirst(item(id, 1000 + k))).toBe(firsts[k]));
  expect(index.size).toBe(200);
  expect(ids.map((id) => index.get(id)?.index)).toEqual(ids.map((_, k) => k));
});
