import { spawnSync } from "node:child_process";
import { chmodSync, cpSync, existsSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { databaseTarget } from "../../prisma/database-target";

export interface BackupResult {
  file: string | null;
  /** What to tell the operator (the file written, or how to back PostgreSQL up). */
  message: string;
  removed: string[];
}

const stamp = (now: Date) => now.toISOString().replace(/[-:]/g, "").replace(/\..*$/, "").replace("T", "-");

/** Which pg_dump to run: on the PATH, or beside the other PostgreSQL tools. */
function pgDump(): string | null {
  const candidates = ["pg_dump", ...(existsSync("/usr/lib/postgresql") ? readdirSync("/usr/lib/postgresql").sort().reverse().map((version) => `/usr/lib/postgresql/${version}/bin/pg_dump`) : [])];
  return candidates.find((candidate) => spawnSync(candidate, ["--version"], { stdio: "ignore" }).status === 0) ?? null;
}

/** Keeps the newest `keep` backups of one kind (`rencontres-`: the database, `documents-`: the files), removes the others. */
function prune(dir: string, keep: number, prefix = "rencontres-"): string[] {
  const files = readdirSync(dir).filter((name) => name.startsWith(prefix)).sort().reverse();
  const removed = files.slice(keep);
  for (const name of removed) rmSync(path.join(dir, name), { recursive: true, force: true });
  return removed;
}

/**
 * A copy of the days' documents (DOCUMENTS_DIR) beside the database's, dated, the newest `keep`
 * kept. A document's file is written once under its id and never changed, so a plain copy while
 * the app runs is consistent (a file still being written, `.…part`, is left out).
 */
export function backupDocuments({ from, dir, keep = 14, now = new Date() }: { from: string; dir: string; keep?: number; now?: Date }): BackupResult {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  if (!existsSync(from)) return { file: null, message: `Aucun document à copier (${from} n'existe pas).`, removed: [] };
  const target = path.join(dir, `documents-${stamp(now)}`);
  cpSync(from, target, { recursive: true, filter: (source) => !path.basename(source).endsWith(".part") });
  chmodSync(target, 0o700);
  return { file: target, message: `Documents copiés : ${target} (${readdirSync(target).length} fichier(s))`, removed: prune(dir, keep, "documents-") };
}

/**
 * A consistent copy of the database while the app runs, into `dir` (owner-readable only), dated;
 * the newest `keep` are kept. SQLite: a snapshot of the committed data (whatever
 * is written meanwhile, by VACUUM INTO). PostgreSQL: pg_dump's custom format when the tool is installed,
 * otherwise the command to run.
 */
export async function backupDatabase({ databaseUrl, dir, keep = 14, now = new Date() }: { databaseUrl: string; dir: string; keep?: number; now?: Date }): Promise<BackupResult> {
  const target = databaseTarget(databaseUrl);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  if (target.provider === "sqlite") {
    const file = path.join(dir, `rencontres-${stamp(now)}.db`);
    const source = new Database(target.url.slice("file:".length).split("?")[0], { fileMustExist: true });
    try {
      // One read transaction copies a snapshot of what was committed, while writers go on (WAL);
      // the page-by-page backup API would start over at every write of a busy day.
      source.prepare("VACUUM INTO ?").run(file);
    } finally {
      source.close();
    }
    chmodSync(file, 0o600);
    return { file, message: `Copie écrite : ${file}`, removed: prune(dir, keep) };
  }
  const tool = pgDump();
  if (!tool) {
    return { file: null, message: `pg_dump introuvable. Sauvegardez PostgreSQL avec : pg_dump --format=custom --file=rencontres.dump "${target.url}"`, removed: [] };
  }
  const file = path.join(dir, `rencontres-${stamp(now)}.dump`);
  const result = spawnSync(tool, ["--format=custom", `--file=${file}`, target.url], { stdio: "inherit" });
  if (result.status !== 0) throw new Error(`pg_dump a échoué (code ${result.status}).`);
  chmodSync(file, 0o600);
  return { file, message: `Copie écrite : ${file} (restaurer : pg_restore --clean --dbname=<url> ${file})`, removed: prune(dir, keep) };
}
