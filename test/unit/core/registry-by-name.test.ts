/**
 * The registry's by-name fallback (a registry written before sheetIds and links were kept) matches the sheet's exact
 * name: a user's "conflicts" beside a registered "Conflicts" is the user's own and must not be replaced or removed
 * (contract §8: a user sheet that happens to have the same name is never touched).
 */
import { generatedSheetNames, registeredName, registryEntry } from "../../../src/core/registry";

describe("generatedSheetNames by name", () => {
  test("only the exact registered name is generated; another case of it is the user's", () => {
    const entries = [{ name: "Conflicts", key: "conflicts" }];
    expect([...generatedSheetNames(entries, [{ name: "conflicts", id: 3 }])]).toEqual([]);
    // Near miss: the exact name is the generated sheet.
    expect([...generatedSheetNames(entries, [{ name: "Conflicts", id: 3 }])]).toEqual(["Conflicts"]);
  });
});

describe("registryEntry", () => {
  test.each<[string, number | undefined]>([
    ["7", 7],
    ["0", undefined],
    ["-2", undefined],
    ["3.5", undefined],
    ["", undefined],
  ])("a sheetId of %p is kept only when it is a positive whole number", (id, expected) => {
    expect(registryEntry("DOOD", "dood", id).sheetId).toBe(expected);
  });

  test("a deleted link means the sheet is gone; without a link the registered name stands", () => {
    expect(registeredName({ name: "DOOD", key: "dood", link: { kind: "deleted" } })).toBeNull();
    expect(registeredName({ name: "DOOD", key: "dood" })).toBe("DOOD");
    expect(registeredName({ name: "DOOD", key: "dood", link: { kind: "sheet", name: "DOOD v2" } })).toBe("DOOD v2");
  });
});
