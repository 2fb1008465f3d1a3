import pino, { type DestinationStream, type Logger } from "pino";

/**
 * The app's log: one JSON line per event on stdout (pino), for the operator's log collector.
 * Callers pass ids and counts, never an email address, a name or a token; the fields that could
 * carry one are masked anyway.
 */
export function createLog(destination?: DestinationStream): Logger {
  return pino(
    {
      base: { app: "rencontres-ess" },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: ["email", "to", "token", "manageToken", "firstName", "lastName", "*.email", "*.token"], censor: "[masqué]" },
    },
    destination,
  );
}

export const log = createLog();
