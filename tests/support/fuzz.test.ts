import { afterEach, describe, expect, it, vi } from "vitest";
import { fuzzRuns } from "./fuzz";

afterEach(() => vi.unstubAllEnvs());

describe("fuzzRuns", () => {
  it("runs a quarter of a property's full count by default, and never fewer than it needs", () => {
    vi.stubEnv("FUZZ_RUNS", undefined);
    expect(fuzzRuns(800)).toBe(200);
    expect(fuzzRuns(60)).toBe(15);
    expect(fuzzRuns(3)).toBe(1);
    expect(fuzzRuns(800, { atLeast: 400 })).toBe(400);
    expect(fuzzRuns(100, { atLeast: 400 })).toBe(100);
  });

  it("runs the full count at night, or exactly the number asked for", () => {
    vi.stubEnv("FUZZ_RUNS", "nightly");
    expect(fuzzRuns(800, { atLeast: 400 })).toBe(800);
    vi.stubEnv("FUZZ_RUNS", "5000");
    expect(fuzzRuns(60)).toBe(5000);
    vi.stubEnv("FUZZ_RUNS", "1");
    expect(fuzzRuns(800, { atLeast: 400 })).toBe(1);
  });

  it("refuses a setting it does not understand rather than fuzzing less than meant", () => {
    for (const setting of ["0", "-5", "full", "1e3", "2.5"]) {
      vi.stubEnv("FUZZ_RUNS", setting);
      expect(() => fuzzRuns(800)).toThrow(/FUZZ_RUNS/);
    }
  });
});
