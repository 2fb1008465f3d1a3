import "server-only";
import { cookies } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { AppError } from "../errors";
import type { UserActor } from "./actor";
import { authorize, type Requirement } from "./authorize";
import { SESSION_COOKIE } from "./session-settings";
import { userForSessionToken } from "./session-user";

export const SIGN_IN_PATH = "/admin/connexion";

/** The signed-in user of this request, or null. */
export async function currentUser(): Promise<UserActor | null> {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  return token ? userForSessionToken(token) : null;
}

/**
 * The first line of every back-office page and server action: the signed-in user who may do this,
 * checked on the server. Nobody signed in goes to the sign-in page (back to `from` afterwards); a
 * user without the right gets the 404 page, which says nothing of what exists.
 */
export async function requireUser(requirement: Requirement & { from?: string } = {}): Promise<UserActor> {
  const user = await currentUser();
  switch (authorize(user, requirement)) {
    case "UNAUTHENTICATED":
      redirect(`${SIGN_IN_PATH}${requirement.from ? `?retour=${encodeURIComponent(requirement.from)}` : ""}`);
    case "FORBIDDEN":
      notFound();
    case "ALLOWED":
      return user!;
  }
}

/** The same check for the JSON API's route handlers: 401 or 403 (AppError) instead of pages. */
export async function requireApiUser(requirement: Requirement = {}): Promise<UserActor> {
  const user = await currentUser();
  const verdict = authorize(user, requirement);
  if (verdict !== "ALLOWED") throw new AppError(verdict);
  return user!;
}
