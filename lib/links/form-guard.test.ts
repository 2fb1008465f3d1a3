import { describe, expect, it } from "vitest";
import { checkFormGuard, formShownAt } from "./form-guard";

const SHOWN = new Date("2030-03-01T09:00:00Z");
const later = (seconds: number) => new Date(SHOWN.getTime() + seconds * 1000);

describe("the public form's guard", () => {
  it("lets a person through, who took a few seconds and left the hidden field empty", () => {
    expect(checkFormGuard({ honeypot: "", shownAt: formShownAt(SHOWN), now: later(40), minSeconds: 3 })).toBe("PERSON");
  });

  it("asks a form sent within the minimum time to be sent again", () => {
    expect(checkFormGuard({ honeypot: "", shownAt: formShownAt(SHOWN), now: later(1), minSeconds: 3 })).toBe("TOO_FAST");
  });

  it("refuses a filled honeypot, a missing, forged or altered time", () => {
    const shownAt = formShownAt(SHOWN);
    expect(checkFormGuard({ honeypot: "https://spam.example", shownAt, now: later(40), minSeconds: 3 })).toBe("ROBOT");
    expect(checkFormGuard({ honeypot: null, shownAt: null, now: later(40), minSeconds: 3 })).toBe("ROBOT");
    const [time, signature] = shownAt.split(".");
    expect(checkFormGuard({ honeypot: null, shownAt: `${Number(time) - 60_000}.${signature}`, now: later(40), minSeconds: 3 })).toBe("ROBOT");
    expect(checkFormGuard({ honeypot: null, shownAt: `${time}.${"A".repeat(22)}`, now: later(40), minSeconds: 3 })).toBe("ROBOT");
    expect(checkFormGuard({ honeypot: null, shownAt: "pas-une-date", now: later(40), minSeconds: 3 })).toBe("ROBOT");
  });
});
