import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { NEXT_BIN, ROOT, runNodeScript } from "./processes";

const BUILD_INPUTS = ["app", "components", "emails", "lib", "instrumentation.ts", "proxy.ts", "prisma/schema.prisma", "next.config.js", "tsconfig.json", "package-lock.json"];
const STAMP = path.join(ROOT, ".next", "source-hash");

function* files(entry: string): Generator<string> {
  const full = path.join(ROOT, entry);
  if (!existsSync(full)) return;
  if (statSync(full).isFile()) {
    yield entry;
    return;
  }
  for (const child of readdirSync(full).sort()) {
    if (entry === "lib" && child === "generated") continue; // derived from prisma/schema.prisma
    if (/\.test\.tsx?$/.test(child)) continue; // tests beside the code are not built
    yield* files(path.join(entry, child));
  }
}

/** A hash of everything the production build is made from. */
export function sourceHash(): string {
  const hash = createHash("sha256");
  for (const input of BUILD_INPUTS) {
    for (const file of files(input)) hash.update(file).update("\0").update(readFileSync(path.join(ROOT, file)));
  }
  return hash.digest("hex");
}

/** Builds the production app unless the last build was made from the same sources. */
export function buildIfNeeded(): void {
  const hash = sourceHash();
  const built = existsSync(path.join(ROOT, ".next", "BUILD_ID")) && existsSync(STAMP) && readFileSync(STAMP, "utf8") === hash;
  if (built) return;
  console.log("Construction de l'application (première fois ou sources modifiées)…");
  runNodeScript(path.relative(ROOT, NEXT_BIN), ["build"], { ...process.env, NEXT_TELEMETRY_DISABLED: "1" });
  writeFileSync(STAMP, hash);
}
