import { describe, expect, it } from "vitest";
import { formatLongDate, parisTime } from "./dates";

describe("formatLongDate", () => {
  it("writes the first day of a month as an ordinal, and the others as numbers", () => {
    expect(formatLongDate(parisTime(2026, 7, 1, 9, 30))).toBe("mercredi 1er juillet 2026");
    expect(formatLongDate(parisTime(2026, 12, 1), { weekday: false })).toBe("1er décembre 2026");
    expect(formatLongDate(parisTime(2026, 12, 2), { weekday: false })).toBe("2 décembre 2026");
    expect(formatLongDate(parisTime(2026, 12, 31, 23, 30))).toBe("jeudi 31 décembre 2026");
    expect(formatLongDate(parisTime(2027, 6, 26))).toBe("samedi 26 juin 2027");
  });

  it("reads the day in Paris, whatever the instant's day in UTC", () => {
    // 30 June 2026 at 23:30 UTC is already 1 July in Paris; 1 January 00:30 in Paris is still 31 December in UTC.
    expect(formatLongDate(new Date("2026-06-30T23:30:00Z"))).toBe("mercredi 1er juillet 2026");
    expect(formatLongDate(new Date("2026-12-31T23:30:00Z"), { weekday: false })).toBe("1er janvier 2027");
  });
});
