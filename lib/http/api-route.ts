import "server-only";
import type { z } from "zod";
import { parseInput } from "../field-errors";
import { errorResponse } from "./error-response";
import { readJsonBody } from "./json-body";

/** A route's JSON body: the request, the domain's zod schema, and how it is read. */
export interface JsonBodyOptions<Schema extends z.ZodType> {
  request: Request;
  schema: Schema;
  /** An empty body reads as `{}` (DELETE with optional details). */
  optional?: boolean;
  maxBytes?: number;
}

type Run = () => Promise<Response>;
type RunWithBody<Schema extends z.ZodType> = (body: () => Promise<z.output<Schema>>) => Promise<Response>;

/**
 * Every route handler of app/api runs in this (tests/integration/api-routes-wrapped.test.ts checks):
 * what `run` answers, or its error mapped once by errorResponse — an AppError to its status and
 * French message, anything else to a logged, neutral 500.
 *
 * With a body declared, `run` gets `body()`: the JSON body read with its limit (json-body.ts) and
 * parsed with the schema, a refusal thrown as an AppError (invalid fields: 400, one message each).
 * It is read when `run` asks for it, so that who asks is checked first (requireApiUser), as always.
 */
export function apiRoute(run: Run): Promise<Response>;
export function apiRoute<Schema extends z.ZodType>(body: JsonBodyOptions<Schema>, run: RunWithBody<Schema>): Promise<Response>;
export async function apiRoute<Schema extends z.ZodType>(first: Run | JsonBodyOptions<Schema>, second?: RunWithBody<Schema>): Promise<Response> {
  try {
    if (typeof first === "function") return await first();
    const { request, schema, ...reading } = first;
    return await second!(async () => parseInput(schema, await readJsonBody(request, reading)));
  } catch (error) {
    return errorResponse(error);
  }
}
