import { describe, expect, it } from "vitest";
import { databaseFailure } from "./unavailable";

/** A Prisma error as the driver adapters report it (the shapes seen on a stopped server, a full file). */
const prismaError = (code: string, cause: Record<string, unknown>, message = "") =>
  Object.assign(new Error(message), { name: "PrismaClientKnownRequestError", code, meta: { driverAdapterError: { name: "DriverAdapterError", cause } } });

describe("databaseFailure", () => {
  it.each([
    ["connection refused (P1001)", prismaError("P1001", { kind: "DatabaseNotReachable", host: "127.0.0.1", port: 5432 }, "Can't reach database server at 127.0.0.1:5432")],
    ["a raw query on a refused connection (P2010)", prismaError("P2010", { kind: "DatabaseNotReachable", host: "127.0.0.1", port: 5432 })],
    ["a query ended by a fast shutdown (57P01)", prismaError("P2010", { originalCode: "57P01", kind: "postgres", code: "57P01", message: "terminating connection due to administrator command" })],
    ["a server shutting down (57P03)", prismaError("P2039", { originalCode: "57P03", kind: "postgres", code: "57P03", message: "the database system is shutting down" })],
    ["a connection cut by an immediate shutdown", new Error("Connection terminated unexpectedly")],
    ["a pooled client reused after its connection broke", new Error("Client has encountered a connection error and is not queryable")],
    ["an SQLite folder that does not exist", new TypeError("Cannot open database because the directory does not exist")],
    ["an SQLite file that cannot be opened", Object.assign(new Error("unable to open database file"), { code: "SQLITE_CANTOPEN" })],
  ])("%s: unreachable", (_label, error) => {
    expect(databaseFailure(error)).toBe("unreachable");
  });

  it.each([
    ["SQLite on a full disk", prismaError("P2039", { originalCode: "SQLITE_FULL", kind: "sqlite", extendedCode: 1, message: "database or disk is full" })],
    ["a read-only SQLite file", prismaError("P2010", { originalCode: "SQLITE_READONLY", kind: "sqlite", message: "attempt to write a readonly database" })],
    ["PostgreSQL on a full disk (53100)", prismaError("P2010", { originalCode: "53100", kind: "postgres", code: "53100", message: "could not extend file: No space left on device" })],
  ])("%s: refusing writes", (_label, error) => {
    expect(databaseFailure(error)).toBe("refusing-writes");
  });

  it.each([
    ["a unique constraint", prismaError("P2002", { kind: "UniqueConstraintViolation" })],
    ["a lock timeout", prismaError("P2010", { originalCode: "55P03", kind: "postgres", code: "55P03", message: "canceling statement due to lock timeout" })],
    ["a busy SQLite file", prismaError("P1008", { kind: "sqlite", originalCode: "SQLITE_BUSY", message: "database is locked" })],
    ["a bug", new TypeError("Cannot read properties of undefined (reading 'id')")],
    ["not an error", "oops"],
  ])("%s: none of its business", (_label, error) => {
    expect(databaseFailure(error)).toBeNull();
  });
});
