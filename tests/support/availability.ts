import { existsSync } from "node:fs";
import { findPostgresBinDir } from "./postgres-cluster";

const banner = (lines: string[]) => `\n${"!".repeat(78)}\n${lines.map((line) => `!! ${line}`).join("\n")}\n${"!".repeat(78)}\n`;

export interface Availability {
  available: boolean;
}

/**
 * A newcomer without PostgreSQL still gets a passing `npm test`, with a loud notice; CI never
 * skips: there a missing server is an error.
 */
function check(what: string, found: boolean, install: string[]): Availability {
  if (found) return { available: true };
  const lines = [`${what} is not installed: its tests are SKIPPED.`, ...install];
  if (process.env.CI) throw new Error(banner([`${what} is missing and CI=${process.env.CI}: nothing may be skipped.`, ...install]));
  console.warn(banner(lines));
  return { available: false };
}

export function postgresqlAvailability(): Availability {
  return check("PostgreSQL", Boolean(process.env.TEST_DATABASE_URL) || findPostgresBinDir() !== null, [
    "Install the server (Debian/Ubuntu: sudo apt-get install -y postgresql),",
    "or point TEST_DATABASE_URL to a PostgreSQL server you can create databases on.",
  ]);
}

export function chromiumAvailability(executable: string): Availability {
  return check("Chromium", existsSync(executable), [
    "Install it (Debian/Ubuntu: sudo apt-get install -y chromium-headless-shell),",
    "or set CHROMIUM_PATH to a Chromium or Chrome executable.",
  ]);
}
