import { withRoom } from "../../../src/core/typed-arrays";

describe("withRoom", () => {
  test("an array with room is returned as it is", () => {
    const a = new Int32Array(8);
    expect(withRoom(a, 8)).toBe(a);
  });

  test.each([
    [8, 9, 12],
    [8, 20, 20],
    [0, 1, 1],
  ])("length %d, room for %d: a copy of length %d with the same entries", (length, size, grown) => {
    const a = Int32Array.from({ length }, (_, k) => k + 1);
    const b = withRoom(a, size);
    expect(b).not.toBe(a);
    expect(b).toBeInstanceOf(Int32Array);
    expect(b.length).toBe(grown);
    expect(Array.from(b.subarray(0, length))).toEqual(Array.from(a));
  });

  test("a Uint16Array stays one", () => {
    const b = withRoom(Uint16Array.of(7, 9), 3);
    expect(b).toBeInstanceOf(Uint16Array);
    expect(Array.from(b)).toEqual([7, 9, 0]);
  });
});
