import type { OutageOptions } from "../../lib/db/outage";
import { UNAVAILABLE_MESSAGE } from "../../lib/http/unavailable-answer.mjs";

/** The error every query throws while the database does not answer. */
export const UNAVAILABLE = { name: "AppError", code: "UNAVAILABLE", status: 503, retryAfterSeconds: 5, message: UNAVAILABLE_MESSAGE };

/** A log for lib/db/outage.ts that keeps its lines, to count them. */
export function recordingLog() {
  const lines: { level: "error" | "info"; message: string }[] = [];
  const log = {
    lines,
    error: (_fields: object, message: string) => void lines.push({ level: "error", message }),
    info: (_fields: object, message: string) => void lines.push({ level: "info", message }),
  };
  return log as typeof log & NonNullable<OutageOptions["log"]>;
}
