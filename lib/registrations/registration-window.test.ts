import { describe, expect, it } from "vitest";
import { registrationState } from "./registration-window";

const event = {
  status: "PUBLISHED" as const,
  startsAt: new Date("2030-06-26T07:30:00Z"),
  registrationOpensAt: new Date("2030-03-01T08:00:00Z"),
  registrationClosesAt: new Date("2030-06-20T22:00:00Z"),
};

describe("registrationState", () => {
  it("is open between the opening and the closing dates", () => {
    expect(registrationState(event, new Date("2030-04-01T00:00:00Z"))).toBe("OPEN");
  });

  it("says why it is not open", () => {
    expect(registrationState(event, new Date("2030-02-01T00:00:00Z"))).toBe("NOT_YET_OPEN");
    expect(registrationState(event, new Date("2030-06-21T00:00:00Z"))).toBe("DEADLINE_PASSED");
    expect(registrationState({ ...event, registrationClosesAt: null }, new Date("2030-06-26T08:00:00Z"))).toBe("EVENT_STARTED");
    expect(registrationState({ ...event, status: "CLOSED" }, new Date("2030-04-01T00:00:00Z"))).toBe("CLOSED_BY_ORGANISERS");
  });
});
