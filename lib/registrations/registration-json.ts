import { toParisIso } from "../dates";
import type { ManageView } from "./get-manage-view";
import type { ManagedRegistration } from "./managed-registration";

export function managedRegistrationJson(registration: ManagedRegistration) {
  return {
    event: registration.event.slug,
    eventTitle: registration.event.title,
    startsAt: toParisIso(registration.event.startsAt),
    status: registration.status,
    lunch: registration.lunch,
    ...(registration.waitlistPosition !== null ? { waitlistPosition: registration.waitlistPosition } : {}),
    ...(registration.offerExpiresAt ? { offerExpiresAt: toParisIso(registration.offerExpiresAt) } : {}),
    ...(registration.holdExpiresAt ? { holdExpiresAt: toParisIso(registration.holdExpiresAt) } : {}),
    answers: registration.answers,
  };
}

export function manageViewJson(view: ManageView) {
  return { attendee: view.attendee, registrations: view.registrations.map(managedRegistrationJson) };
}
