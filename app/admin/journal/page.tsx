import type { Metadata } from "next";
import { AdminPage } from "@/components/admin/admin-page";
import { AuditJournal } from "@/components/admin/audit-journal";
import { auditFiltersSchema, listAuditEntries } from "@/lib/audit/list-audit-entries";
import { requireUser } from "@/lib/auth/require-user";
import { listEditions } from "@/lib/editions/list-editions";

export const metadata: Metadata = { title: "Journal des modifications" };

export default async function JournalPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  await requireUser({ role: "ADMIN", from: "/admin/journal" });
  const filters = auditFiltersSchema.parse(await searchParams);
  const [page, editions] = await Promise.all([listAuditEntries({ filters }), listEditions()]);
  return (
    <AdminPage
      title="Journal des modifications"
      lead="Chaque changement fait par un compte, un·e participant·e ou l'application elle-même, avec les valeurs avant et après."
    >
      <AuditJournal page={page} filters={filters} path="/admin/journal" showEvent editions={editions} />
    </AdminPage>
  );
}
