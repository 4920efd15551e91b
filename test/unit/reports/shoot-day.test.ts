import { dayOfShoot } from "../../../src/core/shoot-day";

describe("how a call sheet names its day", () => {
  test.each([
    [{ dayNumber: 3, dayCount: 12 }, "Day 3 of 12"],
    [{ dayNumber: 1, dayCount: 5, shootDay: 21, shootDayCount: 40 }, "Day 21 of 40"],
    [{ dayNumber: 1, dayCount: 5, shootDay: 21 }, "Day 21"],
  ])("%j -> %s", (cs, text) => expect(dayOfShoot(cs)).toBe(text));
});
