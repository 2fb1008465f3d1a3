import "server-only";
import { databaseAnswers } from "../db/client";

/** What /api/health says of the database: probed at most once a second for all requests (lib/db/outage.ts). */
export async function databaseHealth(): Promise<"ok" | "unreachable"> {
  return (await databaseAnswers()) ? "ok" : "unreachable";
}
