import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import { notFound, redirect } from "next/navigation";
import { db } from "../db/client";
import { AppError } from "../errors";
import type { UserActor } from "../audit/actor";
import { authorize, type Requirement } from "./authorize";
import { SESSION_COOKIE } from "./session-settings";
import { userForSessionToken } from "./session-user";

export const SIGN_IN_PATH = "/admin/connexion";

/** The signed-in user of this request, or null: read once per request (the layout and the page both ask). */
export const currentUser = cache(async (): Promise<UserActor | null> => {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  return token ? userForSessionToken(token) : null;
});

export interface PageRequirement extends Pick<Requirement, "role"> {
  /** The slug of the event the page or action is about (checked against an organiser's events). */
  event?: string;
  /** Where to come back to after signing in. */
  from?: string;
}

/** The event id of a slug, "" for an unknown one (which no organiser may see). */
async function eventIdOf(slug: string | undefined): Promise<string | undefined> {
  if (slug === undefined) return undefined;
  return (await db.event.findUnique({ where: { slug }, select: { id: true } }))?.id ?? "";
}

/**
 * The first line of every back-office page and server action: the signed-in user who may do this,
 * checked on the server. Nobody signed in goes to the sign-in page (back to `from` afterwards); a
 * user without the right, or asking for an event that does not exist, gets the 404 page, which
 * says nothing of what exists.
 */
export async function requireUser({ role, event, from }: PageRequirement = {}): Promise<UserActor> {
  const user = await currentUser();
  const eventId = user ? await eventIdOf(event) : undefined;
  if (eventId === "") notFound();
  switch (authorize(user, { role, eventId })) {
    case "UNAUTHENTICATED":
      redirect(`${SIGN_IN_PATH}${from ? `?retour=${encodeURIComponent(from)}` : ""}`);
    case "FORBIDDEN":
      notFound();
    case "ALLOWED":
      return user!;
  }
}

/**
 * The same check for the JSON API's route handlers, as AppErrors: 401 for nobody, 403 for a role
 * that may not call the route at all, and 404 for an event the user may not see, exactly as for
 * an event that does not exist (a draft or another organiser's day is not revealed).
 */
export async function requireApiUser({ role, event }: Omit<PageRequirement, "from"> = {}): Promise<UserActor> {
  const user = await currentUser();
  const verdict = authorize(user, { role });
  if (verdict !== "ALLOWED") throw new AppError(verdict);
  const eventId = await eventIdOf(event);
  if (eventId === "" || authorize(user, { role, eventId }) !== "ALLOWED") throw new AppError("RECORD_NOT_FOUND");
  return user!;
}
