import "server-only";
import { notFound } from "next/navigation";
import { hasControlCharacter, holdsNul } from "./control-characters";

/** A bound id: a short text without control characters (it is looked up in the database). */
const isId = (id: unknown) => typeof id === "string" && id.length <= 200 && !hasControlCharacter(id);

/**
 * A server action can be called by anyone, with any arguments (it is a POST with an action id):
 * the form must be a FormData holding no NUL (PostgreSQL's text cannot) and the bound ids short
 * texts, or the answer is the 404 page rather than an error deep in an operation. (The production
 * server refuses a body with a NUL before, with a 400: lib/front-door/request-guard.ts.)
 */
export function checkActionArguments(formData: unknown, ...ids: unknown[]): asserts formData is FormData {
  if (!(formData instanceof FormData) || !ids.every(isId) || [...formData].some(([name, value]) => holdsNul(name) || holdsNul(value))) notFound();
}
