import "server-only";
import { NextResponse } from "next/server";
import type { z } from "zod";
import { isAppError } from "../errors";
import { fieldErrors } from "../field-errors";

/** 400 with one French message per invalid field. */
export function validationErrorResponse(error: z.ZodError): NextResponse {
  return NextResponse.json({ errors: fieldErrors(error) }, { status: 400 });
}

/**
 * The one mapping of an application error to the JSON API: its French message and code with its
 * HTTP status, or `{ errors: { field } }` when it is about a field. Anything else is rethrown.
 */
export function errorResponse(error: unknown): NextResponse {
  if (!isAppError(error)) throw error;
  const headers = error.retryAfterSeconds ? { "Retry-After": String(error.retryAfterSeconds) } : undefined;
  if (error.field) return NextResponse.json({ errors: { [error.field]: error.message } }, { status: error.status, headers });
  return NextResponse.json({ error: error.message, code: error.code }, { status: error.status, headers });
}
