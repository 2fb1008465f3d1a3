import "server-only";
import { NextResponse } from "next/server";
import { unstable_rethrow } from "next/navigation";
import { AppError, isAppError } from "../errors";
import { log } from "../log";

/**
 * The one mapping of an error to the JSON API's answer, with its code's HTTP status:
 * `{ errors: { field: message } }` for invalid input (one message per field) or an error about a
 * field, `{ error, code }` for any other AppError (`{ error }` for a codeless one). Anything else
 * is logged with its cause and answered with the neutral UNEXPECTED 500, which says nothing of it.
 */
export function errorResponse(error: unknown, headers: Record<string, string> = {}): NextResponse {
  // Next.js's own signals (notFound(), redirect()) are not errors.
  unstable_rethrow(error);
  const known = isAppError(error) ? error : unexpected(error);
  const init = { status: known.status, headers: known.retryAfterSeconds ? { ...headers, "Retry-After": String(known.retryAfterSeconds) } : headers };
  if (known.fieldErrors) return NextResponse.json({ errors: known.fieldErrors }, init);
  if (known.field) return NextResponse.json({ errors: { [known.field]: known.message } }, init);
  return NextResponse.json(known.codeless ? { error: known.message } : { error: known.message, code: known.code }, init);
}

function unexpected(error: unknown): AppError {
  log.error({ area: "http", err: error }, "unexpected error in a route handler");
  return new AppError("UNEXPECTED");
}
