import { NextResponse, type NextRequest } from "next/server";
import { AppError } from "../errors";
import { errorResponse } from "./error-response";
import { hasControlCharacter, hasQueryControlCharacter } from "./control-characters";

const safeDecode = (text: string) => {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
};

const unsafeCookies = (request: NextRequest) => request.cookies.getAll().filter(({ name, value }) => hasControlCharacter(name) || hasControlCharacter(value));

/**
 * A request whose decoded text holds a control character — `%00` in a path segment (404), a query
 * value (400; but tabs and line breaks, which a textarea sent by GET carries) or a cookie (400; the
 * session cookie is looked up in the database) — is answered here, in
 * French, before any page, route or action reads it; null for any other request. Headers
 * themselves cannot hold one: Node.js refuses a raw control character in them.
 */
export function refuseUnsafeRequest(request: NextRequest, headers: Record<string, string>): NextResponse | null {
  const { pathname, searchParams } = request.nextUrl;
  const cookies = unsafeCookies(request);
  const error = hasControlCharacter(safeDecode(pathname))
    ? new AppError("UNSAFE_ADDRESS")
    : [...searchParams].some(([name, value]) => hasQueryControlCharacter(name) || hasQueryControlCharacter(value))
      ? new AppError("UNSAFE_TEXT", " dans l'adresse")
      : cookies.length > 0
        ? new AppError("UNSAFE_TEXT", " dans un cookie, qui vient d'être effacé : rechargez la page")
        : null;
  if (!error) return null;
  const response = pathname.startsWith("/api/")
    ? errorResponse(error, headers)
    : new NextResponse(error.message, { status: error.status, headers: { ...headers, "Content-Type": "text/plain; charset=utf-8" } });
  // A cookie whose name is itself unreadable cannot be named back; the others are forgotten.
  for (const { name } of cookies) {
    // A __Secure- or __Host- cookie is only replaced by a Secure one.
    if (!hasControlCharacter(name)) response.cookies.set(name, "", { path: "/", maxAge: 0, secure: name.startsWith("__") });
  }
  return response;
}
