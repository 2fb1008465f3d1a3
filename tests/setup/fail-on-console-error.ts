import { afterEach, beforeEach, vi } from "vitest";
import { log } from "../../lib/log";

// An unexpected error, on the console or in the app's log, is a bug: the test that caused it fails.
let errors: unknown[][] = [];

beforeEach(() => {
  errors = [];
  vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    errors.push(args);
  });
  vi.spyOn(log, "error").mockImplementation((...args: unknown[]) => {
    errors.push(args.map((arg) => (typeof arg === "object" ? JSON.stringify(arg) : arg)));
  });
});

afterEach(() => {
  vi.mocked(console.error).mockRestore();
  vi.mocked(log.error).mockRestore();
  if (errors.length > 0) {
    throw new Error(`An error was logged:\n${errors.map((args) => args.map(String).join(" ")).join("\n")}`);
  }
});
