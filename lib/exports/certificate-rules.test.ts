import { describe, expect, it } from "vitest";
import { parisTime } from "../dates";
import { attendance, certificateRefusal, certificatesRefusal, formatDuration, type ProgrammeSlot } from "./certificate-rules";

const at = (hours: number, minutes = 0) => parisTime(2027, 9, 13, hours, minutes);
const DAY = { startsAt: at(9, 30), endsAt: at(17), certificateSignatoryName: "Claire Fontaine", certificateSignatoryTitle: "vice-présidente" };
const slot = (kind: string, start: Date, end: Date | null): ProgrammeSlot => ({ kind, startsAt: start, endsAt: end });
const PROGRAMME = [slot("OPENING", at(9, 30), at(10)), slot("LUNCH", at(12, 30), at(14)), slot("CLOSING", at(16, 30), at(17))];
/** After the day: the whole programme has happened. */
const AFTER = at(20);
const minutesOf = (programme: ProgrammeSlot[], arrival: Date) => attendance(DAY, programme, arrival, AFTER)?.minutes ?? null;

describe("the time a certificate states", () => {
  it("runs from the arrival, or the start for an early one, to the end, lunch deducted", () => {
    expect(attendance(DAY, PROGRAMME, at(8), AFTER)).toEqual({ from: DAY.startsAt, to: DAY.endsAt, minutes: 6 * 60, lunchExcluded: true });
    expect(minutesOf(PROGRAMME, at(13))).toBe(3 * 60);
    expect(attendance(DAY, PROGRAMME, at(14, 30), AFTER)).toEqual({ from: at(14, 30), to: DAY.endsAt, minutes: 150, lunchExcluded: false });
  });

  it("never runs past the end of the programme, nor past the day's end", () => {
    const endsEarly = [slot("OPENING", at(9, 30), at(12)), slot("CLOSING", at(15), at(16))];
    expect(attendance(DAY, endsEarly, at(10), AFTER)).toMatchObject({ to: at(16), minutes: 6 * 60 });
    // A slot without an end time runs to the end of the day, not beyond.
    expect(attendance(DAY, [slot("CLOSING", at(16, 30), null)], at(10), AFTER)).toMatchObject({ to: DAY.endsAt, minutes: 7 * 60 });
    expect(attendance(DAY, [], at(9), AFTER)).toMatchObject({ to: DAY.endsAt, minutes: 7 * 60 + 30 });
  });

  it("never runs past the time it is made, while the day goes on", () => {
    expect(attendance(DAY, PROGRAMME, at(9), at(11))).toEqual({ from: DAY.startsAt, to: at(11), minutes: 90, lunchExcluded: false });
    expect(attendance(DAY, PROGRAMME, at(9), at(13))).toMatchObject({ to: at(13), minutes: 3 * 60, lunchExcluded: true });
    expect(attendance(DAY, PROGRAMME, at(10), at(9, 45))).toBeNull();
  });

  it("never counts more than the day lasts, whenever the arrival", () => {
    for (let minutes = -150; minutes <= 8 * 60; minutes += 5) {
      const found = minutesOf([], new Date(DAY.startsAt.getTime() + minutes * 60_000));
      if (found !== null) expect(found).toBeLessThanOrEqual(7 * 60 + 30);
    }
  });

  it("is none for an arrival outside the day's check-in window, or at its very end", () => {
    expect(minutesOf(PROGRAMME, at(7, 30))).toBe(6 * 60);
    expect(minutesOf(PROGRAMME, at(7, 29))).toBeNull();
    expect(minutesOf(PROGRAMME, parisTime(2026, 12, 1, 10))).toBeNull();
    expect(minutesOf(PROGRAMME, at(17))).toBeNull();
    expect(minutesOf(PROGRAMME, at(18))).toBeNull();
    expect(minutesOf(PROGRAMME, parisTime(2027, 9, 14, 10))).toBeNull();
  });

  it("is written « 6 h », « 5 h 15 »", () => {
    expect([formatDuration(360), formatDuration(315), formatDuration(45)]).toEqual(["6 h", "5 h 15", "0 h 45"]);
  });
});

describe("when certificates can be made", () => {
  it("not before the day has started, then only with a signatory named", () => {
    expect(certificatesRefusal(DAY, at(9, 29))).toEqual({ code: "CERTIFICATES_NOT_YET", detail: "le lundi 13 septembre 2027 à 9 h 30" });
    expect(certificatesRefusal(DAY, at(9, 30))).toBeNull();
    expect(certificatesRefusal({ ...DAY, certificateSignatoryTitle: null }, at(18))).toEqual({ code: "CERTIFICATE_SIGNATORY_MISSING" });
    expect(certificatesRefusal({ ...DAY, certificateSignatoryName: null }, at(18))).toEqual({ code: "CERTIFICATE_SIGNATORY_MISSING" });
  });

  it("for one person, only for an arrival within the day", () => {
    expect(certificateRefusal(DAY, PROGRAMME, at(10), at(18))).toBeNull();
    expect(certificateRefusal(DAY, PROGRAMME, null, at(18))).toEqual({ code: "NO_CERTIFICATE" });
    expect(certificateRefusal(DAY, PROGRAMME, parisTime(2026, 12, 1, 10), at(18))).toEqual({ code: "NO_CERTIFICATE" });
    expect(certificateRefusal(DAY, PROGRAMME, at(9), at(9))).toMatchObject({ code: "CERTIFICATES_NOT_YET" });
  });
});
