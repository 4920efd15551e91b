/**
 * A hash table from token text to a number, looked up by a span of a longer text: list cells ("C12, C14,
 * C31") are read token by token and nearly every token was seen before, so a lookup cuts no string out
 * of the cell and hashes no new string (a Map would need both, a million cells times three tokens).
 * Everything a lookup reads sits in two typed arrays (a slot holds the hash, the value and where the
 * token's characters are), so at a million rows a lookup costs two cache misses, not five.
 */
import { withRoom } from "../typed-arrays";

/** FNV-1a over the UTF-16 code units of text[from, to). */
export function spanHash(text: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let k = from; k < to; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
  return h | 0;
}

/** Ints per slot: hash, value, offset of the token's characters in `chars`, token length (0: empty slot). */
const STRIDE = 4;
const INITIAL_SLOTS = 1024;

export class TokenTable {
  /** Open addressing, linear probing. */
  private slots = new Int32Array(INITIAL_SLOTS * STRIDE);
  /** The tokens' UTF-16 code units, one after another. */
  private chars = new Uint16Array(4096);
  private charCount = 0;
  private count = 0;

  get size(): number {
    return this.count;
  }

  /** Slot of the token equal to text[from, to) (hash = spanHash of that span, to > from), or -1. */
  find(text: string, from: number, to: number, hash: number): number {
    const slots = this.slots;
    const mask = slots.length / STRIDE - 1;
    const length = to - from;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const at = slot * STRIDE;
      const slotLength = slots[at + 3];
      if (slotLength === 0) return -1;
      if (slots[at] !== hash || slotLength !== length) continue;
      const offset = slots[at + 2];
      let k = 0;
      while (k < length && this.chars[offset + k] === text.charCodeAt(from + k)) k++;
      if (k === length) return slot;
    }
  }

  value(slot: number): number {
    return this.slots[slot * STRIDE + 1];
  }

  /** The token of a slot, as text. */
  token(slot: number): string {
    const at = slot * STRIDE;
    const offset = this.slots[at + 2];
    return String.fromCharCode.apply(null, Array.from(this.chars.subarray(offset, offset + this.slots[at + 3])));
  }

  /** Add a token not in the table (non-empty; hash = spanHash(token, 0, token.length)); returns its slot. */
  add(token: string, hash: number, value: number): number {
    this.chars = withRoom(this.chars, this.charCount + token.length);
    const offset = this.charCount;
    for (let k = 0; k < token.length; k++) this.chars[offset + k] = token.charCodeAt(k);
    this.charCount += token.length;
    this.count++;
    if (2 * this.count > this.slots.length / STRIDE) this.rehash((this.slots.length / STRIDE) * 2);
    return this.place(hash, value, offset, token.length);
  }

  clear(): void {
    this.slots = new Int32Array(INITIAL_SLOTS * STRIDE);
    this.chars = new Uint16Array(4096);
    this.charCount = 0;
    this.count = 0;
  }

  private place(hash: number, value: number, offset: number, length: number): number {
    const slots = this.slots;
    const mask = slots.length / STRIDE - 1;
    let slot = hash & mask;
    while (slots[slot * STRIDE + 3] !== 0) slot = (slot + 1) & mask;
    const at = slot * STRIDE;
    slots[at] = hash;
    slots[at + 1] = value;
    slots[at + 2] = offset;
    slots[at + 3] = length;
    return slot;
  }

  private rehash(slotCount: number): void {
    const old = this.slots;
    this.slots = new Int32Array(slotCount * STRIDE);
    for (let at = 0; at < old.length; at += STRIDE) {
      if (old[at + 3] !== 0) this.place(old[at], old[at + 1], old[at + 2], old[at + 3]);
    }
  }
}
