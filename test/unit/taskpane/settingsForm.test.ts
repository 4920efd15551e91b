/** @jest-environment jsdom */
import {
  normalizeColor,
  ruleSetToForm,
  validateColors,
  validateProduction,
  validateRuleSetForm,
  isValid,
  MAX_PRODUCTION_TEXT,
  type RuleSetForm,
} from "../../../src/taskpane/logic/settingsForm";

const base: RuleSetForm = {
  minRestHours: "12",
  maxDayHours: "14",
  maxConsecutiveDays: "6",
  travelBufferMin: "30",
  otAfterHours: "",
  otRate: "",
  dropDays: "10",
};

describe("validateRuleSetForm", () => {
  test("a valid form becomes numbers; blank limits become null (no limit)", () => {
    const v = validateRuleSetForm(base);
    expect(v.errors).toEqual({});
    expect(v.value).toEqual({
      minRestHours: 12,
      maxDayHours: 14,
      maxConsecutiveDays: 6,
      travelBufferMin: 30,
      otAfterHours: null,
      otRate: null,
      dropDays: 10,
    });
  });

  test("blank buffer and drop days are left out (defaults apply)", () => {
    const v = validateRuleSetForm({ ...base, travelBufferMin: "", dropDays: " " });
    expect(isValid(v)).toBe(true);
    expect(v.value).not.toHaveProperty("travelBufferMin");
    expect(v.value).not.toHaveProperty("dropDays");
  });

  test.each<[keyof RuleSetForm, string, number | null | "error"]>([
    ["minRestHours", "0", 0],
    ["minRestHours", "48", 48],
    ["minRestHours", "48.5", "error"],
    ["minRestHours", "-1", "error"],
    ["minRestHours", "10,5", 10.5],
    ["minRestHours", "ten", "error"],
    ["minRestHours", "1e1", "error"],
    ["maxDayHours", "1", 1],
    ["maxDayHours", "0.9", "error"],
    ["maxDayHours", "24", 24],
    ["maxDayHours", "24.01", "error"],
    ["maxConsecutiveDays", "1", 1],
    ["maxConsecutiveDays", "0", "error"],
    ["maxConsecutiveDays", "6.5", "error"],
    ["maxConsecutiveDays", "365", 365],
    ["maxConsecutiveDays", "366", "error"],
    ["travelBufferMin", "0", 0],
    ["travelBufferMin", "720", 720],
    ["travelBufferMin", "721", "error"],
    ["travelBufferMin", "15.5", "error"],
    ["otRate", "1", 1],
    ["otRate", "0.99", "error"],
    ["otRate", "1.5", 1.5],
    ["dropDays", "1", 1],
    ["dropDays", "0", "error"],
    ["otAfterHours", ".5", 0.5],
  ])("%s = %j -> %j", (field, text, expected) => {
    const v = validateRuleSetForm({ ...base, [field]: text });
    if (expected === "error") {
      expect(v.errors[field]).toMatch(/enter|between/);
      expect(v.value).not.toHaveProperty(field);
    } else {
      expect(v.errors).toEqual({});
      expect(v.value[field]).toBe(expected);
    }
  });

  test("ruleSetToForm round-trips through validation", () => {
    const numbers = {
      minRestHours: 10,
      maxDayHours: null,
      maxConsecutiveDays: 6,
      travelBufferMin: 45,
      otAfterHours: 8,
      otRate: 1.5,
      dropDays: 10,
    };
    expect(validateRuleSetForm(ruleSetToForm(numbers)).value).toEqual(numbers);
  });
});

describe("colours", () => {
  test.each<[string, string | null]>([
    ["#ffc7ce", "#FFC7CE"],
    ["FFC7CE", "#FFC7CE"],
    ["#abc", "#AABBCC"],
    [" #00ff00 ", "#00FF00"],
    ["#ffc7c", null],
    ["#ffc7cee", null],
    ["#gggggg", null],
    ["red", null],
    ["", null],
  ])("normalizeColor(%j) = %j", (text, expected) => {
    expect(normalizeColor(text)).toBe(expected);
  });

  test("blank colours fall back to the defaults; bad ones are errors", () => {
    expect(validateColors({ error: "", warning: "#fff" })).toEqual({ value: { warning: "#FFFFFF" }, errors: {} });
    const bad = validateColors({ error: "pink", warning: "" });
    expect(bad.value).toEqual({});
    expect(bad.errors.error).toMatch(/#FFC7CE/);
  });
});

describe("validateProduction", () => {
  test("trims, drops blanks, keeps formula-looking text as text", () => {
    const v = validateProduction({ Title: "  Night Run ", Director: "", Notes: "=HYPERLINK(1)" });
    expect(v).toEqual({ value: { Title: "Night Run", Notes: "=HYPERLINK(1)" }, errors: {} });
  });
  test.each([
    [MAX_PRODUCTION_TEXT, true],
    [MAX_PRODUCTION_TEXT + 1, false],
  ])("%i characters valid: %s", (length, ok) => {
    expect(isValid(validateProduction({ Weather: "x".repeat(length) }))).toBe(ok);
  });
});
