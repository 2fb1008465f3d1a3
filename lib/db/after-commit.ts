import { log } from "../log";

/**
 * What runs after every committed transaction: features register their own (the outbox sender
 * wakes up, the public pages' cached copies go stale) so that the database layer never calls up
 * into them. Kept on globalThis: Next.js may load this module more than once in one process.
 */
const holder = globalThis as { rencontresAfterCommit?: Map<string, () => void> };
const hooks = (holder.rencontresAfterCommit ??= new Map());

/** Registers (or replaces, by name) a hook run after every commit. Hooks must be quick and never throw. */
export function afterEveryCommit(name: string, hook: () => void): void {
  hooks.set(name, hook);
}

export function removeAfterCommitHook(name: string): void {
  hooks.delete(name);
}

/** Called by the transaction helper once a transaction has committed. A failing hook is logged, never the caller's error. */
export function runAfterCommitHooks(): void {
  for (const [name, hook] of hooks) {
    try {
      hook();
    } catch (error) {
      log.error({ area: "database", hook: name, err: error instanceof Error ? error.message : String(error) }, "after-commit hook failed");
    }
  }
}
