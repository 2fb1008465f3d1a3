import Link from "next/link";
import { formatDateTime } from "@/lib/dates";
import { actorName, AUDIT_ACTIONS, isAuditAction } from "@/lib/audit/actions";
import type { AuditPage } from "@/lib/audit/list-audit-entries";


const values = (json: unknown) =>
  json && typeof json === "object" && !Array.isArray(json)
    ? Object.entries(json as Record<string, unknown>)
        .map(([key, value]) => `${key} : ${typeof value === "string" ? value : JSON.stringify(value)}`)
        .join(" ; ")
    : "";

interface AuditJournalProps {
  page: AuditPage;
  filters: { qui?: string; quoi?: string; edition?: string; page: number };
  /** The editions to filter by (the whole site's journal), newest first. */
  editions?: { slug: string; title: string }[];
  /** The page's own path, for the filter form and the page links. */
  path: string;
  showEvent: boolean;
}

/** The audit journal: who changed what and when, with the values before and after; filterable by who and what. */
export function AuditJournal({ page, filters, path, showEvent, editions = [] }: AuditJournalProps) {
  const link = (target: number) => {
    const query = new URLSearchParams({
      ...(filters.qui ? { qui: filters.qui } : {}),
      ...(filters.quoi ? { quoi: filters.quoi } : {}),
      ...(filters.edition ? { edition: filters.edition } : {}),
      page: String(target),
    });
    return `${path}?${query}`;
  };
  return (
    <>
      <form method="get" action={path} className="filters" role="search" aria-label="Filtrer le journal">
        <div className="field">
          <label className="field__label" htmlFor="qui">
            Qui (adresse email ou partie)
          </label>
          <input className="input" id="qui" name="qui" type="search" defaultValue={filters.qui ?? ""} />
        </div>
        <div className="field">
          <label className="field__label" htmlFor="quoi">
            Quoi
          </label>
          <select className="input input--select" id="quoi" name="quoi" defaultValue={filters.quoi ?? ""}>
            <option value="">Toutes les actions</option>
            {Object.entries(AUDIT_ACTIONS).map(([action, label]) => (
              <option key={action} value={action}>
                {label}
              </option>
            ))}
          </select>
        </div>
        {editions.length > 1 && (
          <div className="field">
            <label className="field__label" htmlFor="edition">
              Édition
            </label>
            <select className="input input--select" id="edition" name="edition" defaultValue={filters.edition ?? ""}>
              <option value="">Toutes les éditions</option>
              {editions.map((edition) => (
                <option key={edition.slug} value={edition.slug}>
                  {edition.title}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="button-row">
          <button type="submit" className="button button--secondary">
            Filtrer
          </button>
          <Link href={path}>Tout afficher</Link>
        </div>
      </form>
      <p role="status">{page.total === 0 ? "Aucune entrée." : `${page.total} entrée${page.total > 1 ? "s" : ""}.`}</p>
      {page.entries.length > 0 && (
        <div className="table-wrapper" role="region" aria-labelledby="journal-caption" tabIndex={0}>
          <table className="table">
            <caption id="journal-caption" className="visually-hidden">
              Journal des modifications
            </caption>
            <thead>
              <tr>
                <th scope="col">Quand</th>
                <th scope="col">Qui</th>
                <th scope="col">Quoi</th>
                {showEvent && <th scope="col">Journée</th>}
                <th scope="col">Avant</th>
                <th scope="col">Après</th>
              </tr>
            </thead>
            <tbody>
              {page.entries.map((entry) => (
                <tr key={entry.id}>
                  <td>{formatDateTime(entry.createdAt, { seconds: true })}</td>
                  <td>{actorName(entry)}</td>
                  <td>{isAuditAction(entry.action) ? AUDIT_ACTIONS[entry.action] : entry.action}</td>
                  {showEvent && <td>{entry.event ? <Link href={`/admin/evenements/${entry.event.slug}`}>{entry.event.title}</Link> : "—"}</td>}
                  <td className="table__values">{values(entry.before)}</td>
                  <td className="table__values">{values(entry.after)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {page.pages > 1 && (
        <nav aria-label="Pages du journal" className="pagination">
          {filters.page > 1 && <Link href={link(filters.page - 1)}>Page précédente</Link>}
          <span>{`Page ${filters.page} sur ${page.pages}`}</span>
          {filters.page < page.pages && <Link href={link(filters.page + 1)}>Page suivante</Link>}
        </nav>
      )}
    </>
  );
}
