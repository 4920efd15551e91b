import fc from "fast-check";
import { ItemIndex } from "../../../src/core/item-index";
import type { Item } from "../../../src/core/model";

const item = (id: string, index: number) => ({ id, index }) as Item;

describe("ItemIndex (items by ID)", () => {
  test("keeps the first item of an ID, answers like a Map of first items, and grows past its expected size", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string({ maxLength: 4 }), fc.constantFrom("S-1", "s-1", "S-1 ", "__proto__", "")), {
          maxLength: 300,
        }),
        fc.integer({ min: 0, max: 40 }),
        (ids, expected) => {
          const index = new ItemIndex(expected);
          const reference = new Map<string, Item>();
          ids.forEach((id, k) => {
            const it = item(id, k);
            const kept = index.addFirst(it);
            if (!reference.has(id)) reference.set(id, it);
            expect(kept).toBe(reference.get(id));
          });
          expect(index.size).toBe(reference.size);
          for (const id of [...ids, "missing", "S-2"]) {
            expect(index.get(id)).toBe(reference.get(id));
            expect(index.has(id)).toBe(reference.has(id));
          }
          expect([...index]).toEqual([...reference]);
          expect([...index.keys()]).toEqual([...reference.keys()]);
          expect([...index.values()]).toEqual([...reference.values()]);
          const seen: string[] = [];
          index.forEach((v, k) => seen.push(`${k}=${v.index}`));
          expect(seen).toEqual([...reference].map(([k, v]) => `${k}=${v.index}`));
        },
      ),
      { numRuns: 200 },
    );
  });

  test("100,000 IDs from a table sized for 10", () => {
    const index = new ItemIndex(10);
    for (let k = 0; k < 100000; k++) index.addFirst(item(`S-${k}`, k));
    expect(index.size).toBe(100000);
    expect(index.get("S-99999")?.index).toBe(99999);
    expect(index.get("S-100000")).toBeUndefined();
  });
});
