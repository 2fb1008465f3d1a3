import "server-only";
import { createHmac } from "node:crypto";
import pg from "pg";
import { RateLimiterMemory, RateLimiterPostgres, type RateLimiterAbstract } from "rate-limiter-flexible";
import { databaseTarget } from "../../prisma/database-target";
import { authSecret, env } from "../env";
import { AppError } from "../errors";
import { log } from "../log";

/** What is counted: each public action by client address, registrations also by email address. */
export const LIMITS = {
  "registration-address": { points: env.RATE_LIMIT_PER_IP, duration: 600 },
  "registration-email": { points: env.RATE_LIMIT_PER_EMAIL, duration: 3600 },
  "sign-in-address": { points: env.RATE_LIMIT_PER_IP, duration: 600 },
  /** « Lien perdu » and « nouveau lien »: manage links asked for. */
  "link-address": { points: env.RATE_LIMIT_PER_IP, duration: 600 },
  "link-email": { points: env.RATE_LIMIT_PER_EMAIL, duration: 3600 },
  /** Attendance certificates (a PDF made at each download) by manage link: a person downloads a few. */
  "certificate-link": { points: 20, duration: 600 },
  /** Codes the door did not find (lib/checkin/limit-unknown-codes.ts): by signed-in user, and by event. */
  "door-unknown-user": { points: 20, duration: 600 },
  "door-unknown-event": { points: 100, duration: 600 },
} as const;

export type LimitKind = keyof typeof LIMITS;

const state = globalThis as unknown as { rencontresLimiters?: Map<string, RateLimiterAbstract>; rencontresLimitPool?: pg.Pool };

/** A small pool of its own: the limiter speaks SQL to the RateLimit table. */
function limitPool(url: string): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  // An idle connection the server closes (a restart) is replaced at the next query; without a
  // listener, its error would stop the process.
  pool.on("error", (error) => log.warn({ area: "limits", err: error.message }, "PostgreSQL connection lost"));
  return pool;
}

/**
 * One limiter per kind (rate-limiter-flexible): on PostgreSQL in the shared RateLimit table, so
 * that every instance counts together; on SQLite (one instance) in memory.
 */
function limiter(kind: LimitKind, { points, duration }: { points: number; duration: number }): RateLimiterAbstract {
  state.rencontresLimiters ??= new Map();
  const name = `${kind}:${points}:${duration}`;
  const existing = state.rencontresLimiters.get(name);
  if (existing) return existing;
  const target = databaseTarget(env.DATABASE_URL);
  const options = { keyPrefix: kind, points, duration };
  const created =
    target.provider === "postgresql"
      ? new RateLimiterPostgres({
          ...options,
          storeClient: (state.rencontresLimitPool ??= limitPool(target.url)),
          tableName: "RateLimit",
          tableCreated: true,
          clearExpiredByTimeout: true,
          // Counting goes on in this process while the database does not answer.
          insuranceLimiter: new RateLimiterMemory(options),
        })
      : new RateLimiterMemory(options);
  state.rencontresLimiters.set(name, created);
  return created;
}

const keyedHash = (label: string, value: string) => createHmac("sha256", authSecret).update(`${label}:${value}`).digest("base64url");

/** Keys never hold an email address in clear: a keyed hash of it. */
export const emailKey = (email: string) => keyedHash("limit", email.trim().toLowerCase());

/** Nor a manage link's token, which opens its registration: a keyed hash of it too. */
export const linkKey = (token: string) => keyedHash("limit-link", token);

/**
 * A limiter's refusal, recognised by its shape: the limiters live on globalThis and are shared by
 * the server-action and route-handler bundles, each with its own copy of rate-limiter-flexible, so
 * `instanceof RateLimiterRes` is false for a limiter the other bundle made.
 */
const isLimitRejection = (rejection: unknown): rejection is { msBeforeNext: number } =>
  typeof rejection === "object" &&
  rejection !== null &&
  !(rejection instanceof Error) &&
  typeof (rejection as { msBeforeNext?: unknown }).msBeforeNext === "number" &&
  typeof (rejection as { remainingPoints?: unknown }).remainingPoints === "number";

/**
 * Counts one action of `key` (an address, or emailKey()) against its limit; over it, refuses with
 * AppError('RATE_LIMITED') saying when to try again (the JSON API adds Retry-After). RATE_LIMITS=off
 * counts nothing.
 */
export async function consumeLimit(kind: LimitKind, key: string, limit: { points: number; duration: number } = LIMITS[kind]): Promise<void> {
  if (env.RATE_LIMITS === "off") return;
  try {
    await limiter(kind, limit).consume(key);
  } catch (rejection) {
    if (!isLimitRejection(rejection)) throw rejection;
    throw rateLimited(rejection.msBeforeNext);
  }
}

function rateLimited(msBeforeNext: number): AppError {
  const seconds = Math.max(1, Math.ceil(msBeforeNext / 1000));
  return new AppError("RATE_LIMITED", seconds < 120 ? `${seconds} secondes` : `${Math.ceil(seconds / 60)} minutes`).withRetryAfter(seconds);
}

/**
 * Refuses, as consumeLimit would, when `key` has used up its limit, without counting anything: for
 * actions counted only when they fail (an unknown ticket code), checked before they are tried.
 */
export async function refuseIfLimitReached(kind: LimitKind, key: string): Promise<void> {
  if (env.RATE_LIMITS === "off") return;
  const used = await limiter(kind, LIMITS[kind]).get(key);
  if (used && used.consumedPoints >= LIMITS[kind].points) throw rateLimited(used.msBeforeNext);
}

/** A registration's two counts: the client address, then the email address asked for. */
export async function limitRegistration({ address, email }: { address: string; email: string }): Promise<void> {
  if (env.RATE_LIMITS === "off") return; // nor the email's keyed hash
  await consumeLimit("registration-address", address);
  await consumeLimit("registration-email", emailKey(email));
}

/** A manage link asked for by address (« lien perdu »): the client address, then the email address. */
export async function limitLinkRequest({ address, email }: { address: string; email: string }): Promise<void> {
  if (env.RATE_LIMITS === "off") return; // nor the email's keyed hash
  await consumeLimit("link-address", address);
  await consumeLimit("link-email", emailKey(email));
}
