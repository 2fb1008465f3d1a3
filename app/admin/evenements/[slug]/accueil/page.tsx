import type { Metadata } from "next";
import { AdminPage } from "@/components/admin/admin-page";
import { DoorApp } from "@/components/admin/door/door-app";
import { checkInHours } from "@/lib/checkin/check-in-hours";
import { checkInWindow } from "@/lib/checkin/check-in-window";
import { doorRoster } from "@/lib/checkin/door-roster";
import { requireAdminEvent } from "@/lib/events/require-admin-event";
import { ORGANISATION_TYPES, ORGANISATION_TYPE_LABELS, ROLES, ROLE_LABELS } from "@/lib/registrations/schema";

export const metadata: Metadata = { title: "Accueil des participant·es" };

/** The door on the day (within its check-in window): check-in by QR code, typed code or name, and people added on the spot. */
export default async function DoorPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { user, event } = await requireAdminEvent(slug, { page: "/accueil" });
  const roster = await doorRoster(event.id);
  const { opensAt, closesAt } = checkInWindow(event);
  return (
    <AdminPage title={`Accueil : ${event.title}`} back={{ href: `/admin/evenements/${slug}`, label: event.title }} narrow compact>
      <noscript>
        <p className="notice notice--error">L&apos;accueil demande JavaScript (caméra, travail hors connexion). La liste des inscrit·es reste consultable sans.</p>
      </noscript>
      <DoorApp
        slug={slug}
        initial={roster}
        organisationTypes={ORGANISATION_TYPES.map((value) => ({ value, label: ORGANISATION_TYPE_LABELS[value] }))}
        roles={ROLES.map((value) => ({ value, label: ROLE_LABELS[value] }))}
        canExceedCapacity={user.role === "ADMIN"}
        checkInWindow={{ opensAt: opensAt.toISOString(), closesAt: closesAt.toISOString() }}
        hours={checkInHours(event)}
      />
    </AdminPage>
  );
}
