import { TokenTable, spanHash } from "../../../src/core/parse/token-table";

describe("TokenTable", () => {
  test("finds a token by a span of a longer text, and only an equal one", () => {
    const t = new TokenTable();
    const text = "C12, C1, C123";
    const add = (tok: string, v: number) => t.add(tok, spanHash(tok, 0, tok.length), v);
    add("C1", 1);
    add("C12", 12);
    const find = (from: number, to: number) => t.find(text, from, to, spanHash(text, from, to));
    expect(t.value(find(0, 3))).toBe(12);
    expect(t.value(find(5, 7))).toBe(1);
    expect(t.token(find(5, 7))).toBe("C1");
    expect(find(9, 13)).toBe(-1);
    expect(t.value(find(0, 2))).toBe(1); // "C1" as the start of "C12" is the token C1
  });

  test("keeps every entry through growth, with colliding hashes, and forgets them on clear", () => {
    const t = new TokenTable();
    const tokens = Array.from({ length: 5000 }, (_, k) => `T${k}`);
    // Every token also under hash 7: collisions must still find the right one.
    tokens.forEach((tok, k) => t.add(tok, k % 2 ? 7 : spanHash(tok, 0, tok.length), k));
    expect(t.size).toBe(5000);
    tokens.forEach((tok, k) => {
      const e = t.find(tok, 0, tok.length, k % 2 ? 7 : spanHash(tok, 0, tok.length));
      expect(e >= 0 && t.value(e) === k).toBe(true);
    });
    expect(t.find("T5000", 0, 5, 7)).toBe(-1);
    t.clear();
    expect(t.size).toBe(0);
    expect(t.find("T1", 0, 2, 7)).toBe(-1);
  });

  test("spanHash depends only on the span's characters", () => {
    expect(spanHash("xxAbcyy", 2, 5)).toBe(spanHash("Abc", 0, 3));
    expect(spanHash("Abc", 0, 3)).not.toBe(spanHash("Abd", 0, 3));
  });
});
