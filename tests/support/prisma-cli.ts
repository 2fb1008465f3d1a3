import { runPrisma } from "../../scripts/prisma.mjs";

export interface CliResult {
  status: number | null;
  output: string;
}

/** Runs the Prisma CLI (with the project's engine) against one database and captures its output. */
export function prismaCli(args: string[], databaseUrl: string): CliResult {
  const result = runPrisma(args, { env: { ...process.env, DATABASE_URL: databaseUrl }, stdio: "pipe" });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}
