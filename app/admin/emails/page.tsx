import type { Metadata } from "next";
import Link from "next/link";
import { formatDateTime } from "@/lib/dates";
import { AdminPage } from "@/components/admin/admin-page";
import { ActionButton } from "@/components/ui/action-button";
import { requireUser } from "@/lib/auth/require-user";
import { EMAIL_KIND_LABELS, OUTBOX_STATUS_LABELS } from "@/lib/mail/email-kind-labels";
import { listOutbox, outboxQuerySchema } from "@/lib/mail/list-outbox";
import { retryEmailAction } from "./actions";

export const metadata: Metadata = { title: "Emails envoyés" };

const when = (date: Date | null) => (date ? formatDateTime(date) : "—");
const STATUSES = ["FAILED", "PENDING", "SENT", "CAPTURED"] as const;

export default async function EmailsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireUser({ role: "ADMIN", from: "/admin/emails" });
  const query = outboxQuerySchema.parse(await searchParams);
  const { emails, total, pages } = await listOutbox(query);
  const link = (changes: { statut?: string; page?: number }) => {
    const params = new URLSearchParams();
    const statut = "statut" in changes ? changes.statut : query.statut;
    if (statut) params.set("statut", statut);
    if ((changes.page ?? 1) > 1) params.set("page", String(changes.page));
    return `/admin/emails${params.size > 0 ? `?${params}` : ""}`;
  };
  return (
    <AdminPage title="Emails envoyés" lead="Chaque email de l'application, avec son état : envoyé, en attente (nouvel essai prévu) ou en échec, avec l'erreur.">
      <nav aria-label="Filtrer par état" className="pagination">
        <Link href={link({ statut: undefined })} aria-current={!query.statut ? "page" : undefined}>
          Tous
        </Link>
        {STATUSES.map((status) => (
          <Link key={status} href={link({ statut: status })} aria-current={query.statut === status ? "page" : undefined}>
            {OUTBOX_STATUS_LABELS[status]}
          </Link>
        ))}
      </nav>
      <p role="status">{total === 0 ? "Aucun email." : `${total} email${total > 1 ? "s" : ""}.`}</p>
      {emails.length > 0 && (
        <div className="table-wrapper" role="region" aria-labelledby="emails-caption" tabIndex={0}>
          <table className="table">
            <caption id="emails-caption" className="visually-hidden">
              Emails de l&apos;application
            </caption>
            <thead>
              <tr>
                <th scope="col">Écrit le</th>
                <th scope="col">Destinataire</th>
                <th scope="col">Email</th>
                <th scope="col">État</th>
                <th scope="col">Envoyé le</th>
              </tr>
            </thead>
            <tbody>
              {emails.map((email) => (
                <tr key={email.id}>
                  <td>{when(email.createdAt)}</td>
                  <td>{email.attendee?.email ?? email.user?.email ?? email.to ?? "—"}</td>
                  <td>
                    {EMAIL_KIND_LABELS[email.kind]}
                    {email.subject && <span className="table__secondary">{email.subject}</span>}
                  </td>
                  <td>
                    {OUTBOX_STATUS_LABELS[email.status]}
                    {email.status === "PENDING" && email.attempts > 0 && <span className="table__secondary">{`${email.attempts} essai${email.attempts > 1 ? "s" : ""}, prochain : ${when(email.nextAttemptAt)}`}</span>}
                    {email.lastError && email.status !== "SENT" && <span className="table__secondary table__values">{email.lastError}</span>}
                    {email.status === "FAILED" && <ActionButton action={retryEmailAction.bind(null, email.id)} label="Renvoyer" />}
                  </td>
                  <td>{when(email.sentAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {pages > 1 && (
        <nav aria-label="Pages" className="pagination">
          {query.page > 1 && <Link href={link({ page: query.page - 1 })}>Page précédente</Link>}
          <span>{`Page ${query.page} sur ${pages}`}</span>
          {query.page < pages && <Link href={link({ page: query.page + 1 })}>Page suivante</Link>}
        </nav>
      )}
    </AdminPage>
  );
}
