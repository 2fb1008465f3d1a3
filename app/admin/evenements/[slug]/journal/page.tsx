import type { Metadata } from "next";
import { AdminPage } from "@/components/admin/admin-page";
import { AuditJournal } from "@/components/admin/audit-journal";
import { auditFiltersSchema, listAuditEntries } from "@/lib/audit/list-audit-entries";
import { requireAdminEvent } from "@/lib/events/require-admin-event";

export const metadata: Metadata = { title: "Journal de la journée" };

export default async function EventJournalPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[]>> }) {
  const { slug } = await params;
  const { event } = await requireAdminEvent(slug, { role: "ADMIN", page: "/journal" });
  const filters = auditFiltersSchema.parse(await searchParams);
  const page = await listAuditEntries({ eventId: event.id, filters });
  return (
    <AdminPage title={`Journal des modifications : ${event.title}`} back={{ href: `/admin/evenements/${slug}`, label: event.title }}>
      <AuditJournal page={page} filters={filters} path={`/admin/evenements/${slug}/journal`} showEvent={false} />
    </AdminPage>
  );
}
