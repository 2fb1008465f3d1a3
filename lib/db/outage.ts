import "server-only";
import type { Logger } from "pino";
import { AppError, isAppError } from "../errors";
import { RETRY_AFTER_SECONDS } from "./outage-retry.mjs";
import { log as appLog } from "../log";
import type { DbClient } from "./create-client";
import { databaseFailure } from "./unavailable";

/** What the production server and proxy.ts read (lib/http/unavailable-answer.mjs), and /api/health asks. */
export interface OutageMonitor {
  /** Since when (ms since 1970) the database does not answer, or null. */
  readonly unreachableSince: number | null;
  /** Since when it refuses writes (disk full, read-only file), or null. */
  readonly writesRefusedSince: number | null;
  /** Whether the database answers: at most one probe a second, shared by every caller. */
  answers(): Promise<boolean>;
}

export interface OutageOptions {
  log?: Pick<Logger, "error" | "info">;
  /** How often the database is probed: while it is lost, and at most that often while it answers. */
  probeEveryMs?: number;
  /** A probe not answered within this time is a database that does not answer. */
  probeTimeoutMs?: number;
  /** Writes refused end when one succeeds this long after the last refusal (some writes fit where others do not). */
  writesQuietMs?: number;
}

const WRITES = new Set(["create", "createMany", "createManyAndReturn", "update", "updateMany", "updateManyAndReturn", "upsert", "delete", "deleteMany", "$executeRaw", "$executeRawUnsafe"]);

const unavailable = () => new AppError("UNAVAILABLE").withRetryAfter(RETRY_AFTER_SECONDS);
/** The error's last line: Prisma puts the code's location first. */
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error)).trim().split("\n").at(-1);

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

class Monitor implements OutageMonitor {
  unreachableSince: number | null = null;
  writesRefusedSince: number | null = null;
  private answeredAt = 0;
  private pending: Promise<boolean> | null = null;
  private recovering: NodeJS.Timeout | undefined;
  private lastRefusalAt = 0;

  constructor(
    private readonly probe: () => Promise<unknown>,
    private readonly log: Pick<Logger, "error" | "info">,
    private readonly probeEveryMs: number,
    private readonly probeTimeoutMs: number,
    private readonly writesQuietMs: number,
  ) {}

  /** The error to throw instead of `error`: AppError('UNAVAILABLE') when it says the database is unavailable. */
  translate(error: unknown): unknown {
    if (isAppError(error)) return error;
    const failure = databaseFailure(error);
    if (failure === null) return error;
    if (failure === "unreachable") this.lost(error);
    else this.writesRefused(error);
    return unavailable();
  }

  answers(): Promise<boolean> {
    if (this.unreachableSince !== null) return Promise.resolve(false);
    if (Date.now() - this.answeredAt < this.probeEveryMs) return Promise.resolve(true);
    return (this.pending ??= this.check().finally(() => (this.pending = null)));
  }

  wrote(): void {
    if (this.writesRefusedSince === null || Date.now() - this.lastRefusalAt < this.writesQuietMs) return;
    this.log.info({ area: "database", refusedForMs: Date.now() - this.writesRefusedSince }, "database accepts writes again");
    this.writesRefusedSince = null;
  }

  private async check(): Promise<boolean> {
    try {
      await withTimeout(this.probe(), this.probeTimeoutMs);
      this.answeredAt = Date.now();
      return true;
    } catch (error) {
      this.lost(error);
      return false;
    }
  }

  /** Logged once; every query then fails at once, and a probe a second tells when it is back. */
  private lost(error: unknown): void {
    if (this.unreachableSince !== null) return;
    this.unreachableSince = Date.now();
    this.log.error({ area: "database", err: messageOf(error) }, "database unreachable");
    let probing = false;
    this.recovering = setInterval(() => {
      if (probing) return;
      probing = true;
      withTimeout(this.probe(), this.probeTimeoutMs)
        .then(() => this.found(), () => undefined)
        .finally(() => (probing = false));
    }, this.probeEveryMs);
    this.recovering.unref();
  }

  private found(): void {
    if (this.unreachableSince === null) return;
    clearInterval(this.recovering);
    this.log.info({ area: "database", downForMs: Date.now() - this.unreachableSince }, "database reachable again");
    this.unreachableSince = null;
    this.answeredAt = Date.now();
  }

  private writesRefused(error: unknown): void {
    this.lastRefusalAt = Date.now();
    if (this.writesRefusedSince !== null) return;
    this.writesRefusedSince = Date.now();
    this.log.error({ area: "database", err: messageOf(error) }, "database refuses writes (disk full or read-only)");
  }
}

/**
 * The client every query of the app goes through: an error saying that the database does not
 * answer (or refuses writes) becomes AppError('UNAVAILABLE'), a 503 with Retry-After wherever
 * AppErrors are mapped, and is logged once per outage. While the database is lost, queries fail at
 * once without trying it, and a `SELECT 1` each second tells when it is back.
 */
export function guardAgainstOutage(base: DbClient, { log = appLog, probeEveryMs = 1_000, probeTimeoutMs = 3_000, writesQuietMs = 60_000 }: OutageOptions = {}) {
  const monitor = new Monitor(() => base.$queryRawUnsafe("SELECT 1"), log, probeEveryMs, probeTimeoutMs, writesQuietMs);
  const extended = base.$extends({
    query: {
      async $allOperations({ operation, args, query }) {
        if (monitor.unreachableSince !== null) throw unavailable();
        try {
          const result = await query(args);
          if (WRITES.has(operation)) monitor.wrote();
          return result;
        } catch (error) {
          throw monitor.translate(error);
        }
      },
    },
  });
  // Starting a transaction (a connection, BEGIN) is not a query the extension sees.
  const transaction = (...args: Parameters<DbClient["$transaction"]>) => {
    if (monitor.unreachableSince !== null) return Promise.reject(unavailable());
    return (extended.$transaction as (...args: unknown[]) => Promise<unknown>)(...args).catch((error: unknown) => {
      throw monitor.translate(error);
    });
  };
  const client = new Proxy(extended, {
    get: (target, key, receiver) => (key === "$transaction" ? transaction : Reflect.get(target, key, receiver)),
  }) as unknown as DbClient;
  return { client, monitor: monitor as OutageMonitor };
}
