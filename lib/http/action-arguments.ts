import "server-only";
import { notFound } from "next/navigation";

/**
 * A server action can be called by anyone, with any arguments (it is a POST with an action id):
 * the form must be a FormData and the bound ids short texts, or the answer is the 404 page rather
 * than an error deep in an operation.
 */
export function checkActionArguments(formData: unknown, ...ids: unknown[]): asserts formData is FormData {
  if (!(formData instanceof FormData) || ids.some((id) => typeof id !== "string" || id.length > 200)) notFound();
}
