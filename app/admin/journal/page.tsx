import type { Metadata } from "next";
import { AuditJournal } from "@/components/admin/audit-journal";
import { auditFiltersSchema, listAuditEntries } from "@/lib/audit/list-audit-entries";
import { requireUser } from "@/lib/auth/require-user";

export const metadata: Metadata = { title: "Journal des modifications" };

export default async function JournalPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  await requireUser({ role: "ADMIN", from: "/admin/journal" });
  const filters = auditFiltersSchema.parse(await searchParams);
  const page = await listAuditEntries({ filters });
  return (
    <div className="container">
      <header className="page-intro">
        <h1>Journal des modifications</h1>
        <p className="lead">Chaque changement fait par un compte, un·e participant·e ou l&apos;application elle-même, avec les valeurs avant et après.</p>
      </header>
      <AuditJournal page={page} filters={filters} path="/admin/journal" showEvent />
    </div>
  );
}
