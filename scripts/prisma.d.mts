import type { SpawnSyncReturns, StdioOptions } from "node:child_process";

export const prismaEnv: Record<string, string>;
export function runPrisma(
  args: string[],
  options?: { env?: NodeJS.ProcessEnv; stdio?: StdioOptions },
): SpawnSyncReturns<string>;
