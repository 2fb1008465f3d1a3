import "server-only";
import { notFound } from "next/navigation";
import type { UserActor } from "../audit/actor";
import { requireUser, type PageRequirement } from "../auth/require-user";
import { getAdminEvent, type AdminEvent } from "./get-admin-event";

/**
 * The first line of a back-office page about one event: who asks may see it (checked first), and
 * the event, or the 404 page.
 */
export async function requireAdminEvent(slug: string, { role, page = "" }: Pick<PageRequirement, "role"> & { page?: string }): Promise<{ user: UserActor; event: AdminEvent }> {
  const user = await requireUser({ role, event: slug, from: `/admin/evenements/${slug}${page}` });
  const event = await getAdminEvent(slug);
  if (!event) notFound();
  return { user, event };
}
