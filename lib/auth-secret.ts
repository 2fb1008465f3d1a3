import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const SECRET_FILE = path.join(process.cwd(), "data", "auth-secret");

/**
 * The embedded quick start needs a secret (sessions, signed links) but no one should have to make
 * one: it is generated once and kept in the data folder, readable by its owner only. Deployments on
 * a public URL set AUTH_SECRET instead (lib/env-schema.ts insists).
 */
export function ensureAuthSecret(): string {
  if (existsSync(SECRET_FILE)) return readFileSync(SECRET_FILE, "utf8").trim();
  mkdirSync(path.dirname(SECRET_FILE), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(SECRET_FILE, `${secret}\n`, { mode: 0o600 });
  return secret;
}
