import fc from "fast-check";

/**
 * How many runs a fuzz property makes, from FUZZ_RUNS:
 * - unset (`npm test`, CI): a quarter of the property's full count, so that the run stays quick;
 *   every property still runs, on fresh random inputs each time;
 * - `nightly`: the full count each property names (a long, scheduled run);
 * - a whole number: exactly that many runs for every property (a long hunt, or `1` for a smoke run).
 * `atLeast` is what a property needs for its own "the fuzz reached ..." checks to hold.
 *
 * FUZZ_SEED=<seed> replays the inputs of a failed run (fast-check prints its seed): with the same
 * FUZZ_RUNS, each property gets the same inputs again.
 */
export function fuzzRuns(full: number, { atLeast = 1 }: { atLeast?: number } = {}): number {
  const setting = process.env.FUZZ_RUNS?.trim() ?? "";
  if (setting === "") return Math.min(full, Math.max(atLeast, Math.ceil(full / 4)));
  if (setting === "nightly") return full;
  if (/^[1-9]\d*$/.test(setting)) return Number(setting);
  throw new Error(`FUZZ_RUNS must be "nightly" or a whole number of runs, not ${JSON.stringify(setting)}`);
}

const seed = process.env.FUZZ_SEED?.trim();
if (seed) {
  if (!/^-?\d+$/.test(seed)) throw new Error(`FUZZ_SEED must be a whole number, not ${JSON.stringify(seed)}`);
  fc.configureGlobal({ ...fc.readConfigureGlobal(), seed: Number(seed) });
}
