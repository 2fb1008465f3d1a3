import type { Metadata } from "next";
import Link from "next/link";
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
    <div className="container">
      <p className="back-link">
        <Link href={`/admin/evenements/${slug}`}>{event.title}</Link>
      </p>
      <header className="page-intro">
        <h1>Journal des modifications : {event.title}</h1>
      </header>
      <AuditJournal page={page} filters={filters} path={`/admin/evenements/${slug}/journal`} showEvent={false} />
    </div>
  );
}
