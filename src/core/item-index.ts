/**
 * Items by ID: a read-only map from ID to the first item with that ID. A JavaScript Map of a million
 * string keys spends most of its time growing and chasing its buckets (about 0.8 s to fill at 1M items);
 * this one is an open-addressing table of item positions in one Int32Array, sized for the schedule's rows
 * up front, with each ID's hash kept next to it so a probe compares strings only on equal hashes.
 */
import { withRoom } from "./typed-arrays";
import type { Item } from "./model";
import { spanHash } from "./parse/token-table";

const hashText = (s: string): number => spanHash(s, 0, s.length);

export class ItemIndex implements ReadonlyMap<string, Item> {
  private readonly items: Item[] = [];
  private hashes: Int32Array;
  /** Slot -> position in `items` + 1 (0: empty). */
  private slots: Int32Array;
  private mask: number;

  constructor(expected = 16) {
    let capacity = 16;
    while (capacity < expected * 2) capacity *= 2;
    this.slots = new Int32Array(capacity);
    this.hashes = new Int32Array(Math.max(8, expected));
    this.mask = capacity - 1;
  }

  get size(): number {
    return this.items.length;
  }

  /** The slot holding id, or the empty slot where it would go (as -slot - 1). */
  private find(id: string, h: number): number {
    const { slots, hashes, items, mask } = this;
    for (let p = h & mask; ; p = (p + 1) & mask) {
      const e = slots[p];
      if (e === 0) return -p - 1;
      if (hashes[e - 1] === h && items[e - 1].id === id) return p;
    }
  }

  get(id: string): Item | undefined {
    const p = this.find(id, hashText(id));
    return p >= 0 ? this.items[this.slots[p] - 1] : undefined;
  }

  has(id: string): boolean {
    return this.find(id, hashText(id)) >= 0;
  }

  /** Adds the item under its ID unless the ID is taken; returns the item that holds the ID. */
  addFirst(item: Item): Item {
    const h = hashText(item.id);
    const p = this.find(item.id, h);
    if (p >= 0) return this.items[this.slots[p] - 1];
    const k = this.items.length;
    this.hashes = withRoom(this.hashes, k + 1);
    this.hashes[k] = h;
    this.items.push(item);
    this.slots[-p - 1] = k + 1;
    if (this.items.length * 2 > this.slots.length) this.rehash();
    return item;
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let k = 0; k < this.items.length; k++) {
      let p = this.hashes[k] & mask;
      while (slots[p] !== 0) p = (p + 1) & mask;
      slots[p] = k + 1;
    }
    this.slots = slots;
    this.mask = mask;
  }

  forEach(callback: (value: Item, key: string, map: ReadonlyMap<string, Item>) => void, thisArg?: unknown): void {
    for (const item of this.items) callback.call(thisArg, item, item.id, this);
  }

  *entries(): MapIterator<[string, Item]> {
    for (const item of this.items) yield [item.id, item];
  }

  *keys(): MapIterator<string> {
    for (const item of this.items) yield item.id;
  }

  values(): MapIterator<Item> {
    return this.items.values();
  }

  [Symbol.iterator](): MapIterator<[string, Item]> {
    return this.entries();
  }
}
