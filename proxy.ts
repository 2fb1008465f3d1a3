import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { securityHeaders } from "@/lib/http/security-headers";
import { databaseUnreachable, unavailableAnswer } from "@/lib/http/unavailable-answer.mjs";
import { decodablePath, pageRefusal, refuseUnsafeRequest } from "@/lib/http/unsafe-request";

/**
 * Every page gets the security headers (lib/http/security-headers.ts) with a fresh script nonce,
 * which Next.js reads from the request's policy and puts on its scripts. The JSON API renders no
 * HTML: its headers and checks are the front door's (lib/front-door/api-requests.ts), which
 * spares every API request Next.js's middleware pipeline.
 */
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  if (!decodablePath(request.nextUrl.pathname)) return malformed(nonce);
  const headers = securityHeaders({
    pathname: request.nextUrl.pathname,
    nonce,
    https: env.APP_URL.startsWith("https://"),
    development: env.NODE_ENV === "development",
  });
  const unsafe = refuseUnsafeRequest(request, headers);
  if (unsafe) return unsafe;
  if (databaseUnreachable() && !answersItself(request)) {
    const answer = unavailableAnswer(request.nextUrl.pathname);
    return new NextResponse(answer.body, { status: answer.status, headers: { ...headers, ...answer.headers } });
  }
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", headers["Content-Security-Policy"]);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

/**
 * While the database does not answer, every page gets the 503 (docs/decisions/009) but a server
 * action, which answers its form with the same French words.
 */
const answersItself = (request: NextRequest) => request.headers.has("next-action");

/**
 * A malformed address: a 400 with a French message, never an error deeper down (the API's are the
 * front door's, which answers them in JSON).
 */
function malformed(nonce: string) {
  const headers = securityHeaders({ pathname: "/", nonce, https: env.APP_URL.startsWith("https://"), development: env.NODE_ENV === "development" });
  return pageRefusal(new AppError("MALFORMED_URL"), headers);
}

export const config = {
  // Next's own hashed files need none of it; the API gets its own from the front door.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|api/).*)"],
};
