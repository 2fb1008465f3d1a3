import "server-only";
import { NextResponse } from "next/server";
import type { z } from "zod";
import { RegistrationError } from "./errors";
import { fieldErrors } from "./schema";

/** 400 with one French message per invalid field. */
export function validationErrorResponse(error: z.ZodError): NextResponse {
  return NextResponse.json({ errors: fieldErrors(error) }, { status: 400 });
}

/** A domain error as the API's JSON: its code, its French message, its HTTP status; anything else is rethrown. */
export function registrationErrorResponse(error: unknown): NextResponse {
  if (!(error instanceof RegistrationError)) throw error;
  if (error.code === "EVENT_NOT_FOUND") {
    return NextResponse.json({ errors: { events: error.message } }, { status: error.status });
  }
  return NextResponse.json({ error: error.message, code: error.code }, { status: error.status });
}
