import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { hasForeignReturnAddress } from "@/lib/auth/callback-url";
import { errorResponse } from "@/lib/http/error-response";
import { AppError } from "@/lib/errors";

const handler = NextAuth(authOptions);

type Context = { params: Promise<{ nextauth: string[] }> };

/** next-auth: the sign-in link's callback (GET /api/auth/callback/email), its error redirect, the session endpoints. */
export function GET(request: Request, context: Context) {
  if (hasForeignReturnAddress(request)) return errorResponse(new AppError("INVALID_CALLBACK_URL"));
  return handler(request, context);
}

/**
 * Links are asked for on /admin/connexion only (neutral answer, outbox, limits): next-auth's own
 * POST /api/auth/signin/email is closed.
 */
export async function POST(request: Request, context: Context) {
  const { nextauth } = await context.params;
  if (nextauth[0] === "signin") {
    return errorResponse(new AppError("SIGN_IN_ELSEWHERE"));
  }
  if (hasForeignReturnAddress(request)) return errorResponse(new AppError("INVALID_CALLBACK_URL"));
  return handler(request, context);
}
