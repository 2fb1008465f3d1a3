import "server-only";
import { db } from "../db/client";
import type { AttendeeRole, OrganisationType } from "../db/models";
import { attendeeByToken } from "./internal/attendee-by-token";
import { registrationsWithEvents, toManagedRegistration, type ManagedRegistration } from "./managed-registration";

export interface ManageView {
  attendee: {
    email: string;
    firstName: string;
    lastName: string;
    organisation: string;
    organisationType: OrganisationType;
    jobTitle: string;
    role: AttendeeRole;
    phone: string | null;
    dietaryNeeds: string;
    accessibilityNeeds: string;
  };
  registrations: ManagedRegistration[];
}

/** What the manage link shows: the attendee's details and every registration, cancelled ones included. */
export async function getManageView({ token }: { token: string }): Promise<ManageView> {
  const attendee = await attendeeByToken(db, token);
  const registrations = await registrationsWithEvents({ attendeeId: attendee.id });
  return {
    attendee: {
      email: attendee.email,
      firstName: attendee.firstName,
      lastName: attendee.lastName,
      organisation: attendee.organisation,
      organisationType: attendee.organisationType,
      jobTitle: attendee.jobTitle,
      role: attendee.role,
      phone: attendee.phone,
      dietaryNeeds: attendee.dietaryNeeds,
      accessibilityNeeds: attendee.accessibilityNeeds,
    },
    registrations: await Promise.all(registrations.map(toManagedRegistration)),
  };
}
