import { describe, expect, it } from "vitest";
import { eventDay } from "./event-day";

describe("eventDay", () => {
  it("gives the Paris calendar day, around midnight and the clock changes", () => {
    expect(eventDay(new Date("2030-06-26T07:00:00Z"))).toBe("2030-06-26");
    // 00:30 in Paris (summer time) is still the previous day in UTC.
    expect(eventDay(new Date("2030-06-25T22:30:00Z"))).toBe("2030-06-26");
    expect(eventDay(new Date("2030-10-26T22:30:00Z"))).toBe("2030-10-27");
    expect(eventDay(new Date("2030-12-31T23:30:00Z"))).toBe("2031-01-01");
  });

  it("answers the same from what it remembers, and stays right past its memory's size", () => {
    const start = Date.parse("2030-01-01T11:00:00Z");
    const days = Array.from({ length: 1500 }, (_, k) => new Date(start + k * 86_400_000));
    const first = days.map(eventDay);
    expect(days.map(eventDay)).toEqual(first);
    expect(first[0]).toBe("2030-01-01");
    expect(first[1499]).toBe(eventDay(new Date("2034-02-08T11:00:00Z")));
    expect(first[1499]).toBe("2034-02-08");
  });
});
