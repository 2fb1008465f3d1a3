import { NextResponse, type NextRequest } from "next/server";
import { AppError } from "../errors";
import { hasControlCharacter, hasQueryControlCharacter } from "./control-characters";

const safeDecode = (text: string) => {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
};

/** Whether a path's percent-encoding is valid UTF-8 (`/evenements/%ff` is not): otherwise a 400. */
export function decodablePath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

/** What is wrong with a request's address or cookies, and the cookies to forget. */
export interface UnsafeRequest {
  error: AppError;
  /** The unreadable cookies whose names can be written back (to be cleared). */
  clear: string[];
}

/**
 * A request whose decoded text holds a control character — `%00` in a path segment (404), a query
 * value (400; but tabs and line breaks, which a textarea sent by GET carries) or a cookie (400; the
 * session cookie is looked up in the database) — and the cookies to clear; null for any other
 * request. Headers themselves cannot hold one: Node.js refuses a raw control character in them.
 * Checked by proxy.ts for pages and by the front door for the API (lib/front-door/).
 */
export function unsafeRequest({ pathname, searchParams, cookies }: { pathname: string; searchParams: URLSearchParams; cookies: { name: string; value: string }[] }): UnsafeRequest | null {
  const unsafe = cookies.filter(({ name, value }) => hasControlCharacter(name) || hasControlCharacter(value));
  const error = hasControlCharacter(safeDecode(pathname))
    ? new AppError("UNSAFE_ADDRESS")
    : [...searchParams].some(([name, value]) => hasQueryControlCharacter(name) || hasQueryControlCharacter(value))
      ? new AppError("UNSAFE_TEXT", "caractères de contrôle dans l'adresse")
      : unsafe.length > 0
        ? new AppError("UNSAFE_TEXT", "caractères de contrôle dans un cookie, qui vient d'être effacé : rechargez la page")
        : null;
  // A cookie whose name is itself unreadable cannot be named back; the others are forgotten.
  return error ? { error, clear: unsafe.map(({ name }) => name).filter((name) => !hasControlCharacter(name)) } : null;
}

/**
 * The proxy's refusal of a page request: its French message as plain text, with the page's headers.
 * The proxy never sees the API, whose refusals are the front door's, in JSON (lib/front-door/).
 */
export const pageRefusal = (error: AppError, headers: Record<string, string>) =>
  new NextResponse(error.message, { status: error.status, headers: { ...headers, "Content-Type": "text/plain; charset=utf-8" } });

/** The proxy's answer to an unsafe request (see unsafeRequest), in French; null for any other request. */
export function refuseUnsafeRequest(request: NextRequest, headers: Record<string, string>): NextResponse | null {
  const { pathname, searchParams } = request.nextUrl;
  const unsafe = unsafeRequest({ pathname, searchParams, cookies: request.cookies.getAll() });
  if (!unsafe) return null;
  const response = pageRefusal(unsafe.error, headers);
  // A __Secure- or __Host- cookie is only replaced by a Secure one.
  for (const name of unsafe.clear) response.cookies.set(name, "", { path: "/", maxAge: 0, secure: name.startsWith("__") });
  return response;
}
