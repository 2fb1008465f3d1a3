import "server-only";
import { AppError } from "../errors";
import { getAdminEvent, type AdminEvent } from "./get-admin-event";

/** An event for a server action, or RECORD_NOT_FOUND (deleted or renamed meanwhile). */
export async function adminEventOf(slug: string): Promise<AdminEvent> {
  const event = await getAdminEvent(slug);
  if (!event) throw new AppError("RECORD_NOT_FOUND");
  return event;
}

/** The event and one of its programme items: an action bound to one event never touches another's items. */
export async function programmeItemOf(slug: string, itemId: string): Promise<{ event: AdminEvent; item: AdminEvent["programme"][number] }> {
  const event = await adminEventOf(slug);
  const item = event.programme.find((candidate) => candidate.id === itemId);
  if (!item) throw new AppError("RECORD_NOT_FOUND");
  return { event, item };
}
