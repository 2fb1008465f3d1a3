import { formatDateTime } from "@/lib/dates";
import { appErrorMessage } from "@/lib/errors";
import type { CertificatesRefusal } from "@/lib/exports/certificate-rules";

interface EventDocumentsProps {
  slug: string;
  event: { securityListCutoffAt: Date | null; securityListFrozenAt: Date | null };
  /** The list's filters as URL parameters: the sign-in sheet, badges and certificates follow them. */
  filters: [string, string][];
  catering: { lunches: number; dietaryNeeds: number };
  /** Why the day's attendance certificates cannot be made yet (lib/exports/certificate-rules.ts), or null. */
  certificatesRefusal: CertificatesRefusal | null;
}

/** The day's documents: caterer's list, security list (with its cut-off), sign-in sheet, badges, certificates. */
export function EventDocuments({ slug, event, filters, catering, certificatesRefusal }: EventDocumentsProps) {
  const url = (dataset: string, parameters: Record<string, string>, filtered = false) => {
    const query = new URLSearchParams([...(filtered ? filters.filter(([name]) => name !== "statut" && name !== "tri" && name !== "ordre") : []), ...Object.entries(parameters)]);
    return `/api/admin/events/${slug}/exports/${dataset}?${query}`;
  };
  const frozen = event.securityListCutoffAt && event.securityListFrozenAt;
  return (
    <>
      <section aria-labelledby="restauration" className="section">
        <h2 id="restauration">Restauration</h2>
        <p>
          {`${catering.lunches} déjeuner${catering.lunches > 1 ? "s" : ""} à prévoir (personnes confirmées), dont ${catering.dietaryNeeds} avec un régime alimentaire particulier.`}
        </p>
        <ul className="admin-links">
          <li>
            <a href={url("catering", { format: "xlsx" })}>Liste pour le traiteur (XLSX)</a>
          </li>
          <li>
            <a href={url("catering", { format: "pdf" })}>Liste pour le traiteur (PDF)</a>
          </li>
        </ul>
      </section>

      <section aria-labelledby="securite" className="section">
        <h2 id="securite">Liste de sécurité</h2>
        <p>Les personnes confirmées, par nom (nom, prénom, organisation), pour le contrôle d&apos;identité à l&apos;entrée du lieu.</p>
        <p>
          {frozen
            ? `Liste arrêtée le ${formatDateTime(event.securityListFrozenAt!)} : elle reste telle qu'envoyée ; les changements suivants sont dans les ajouts tardifs.`
            : event.securityListCutoffAt
              ? `La liste sera arrêtée le ${formatDateTime(event.securityListCutoffAt)}.`
              : "Pas d'heure d'arrêt : la liste suit les inscriptions. Un·e administrateur·rice la fixe en modifiant la journée."}
        </p>
        <ul className="admin-links">
          <li>
            <a href={url("security-list", { format: "pdf" })}>Liste de sécurité (PDF)</a>
          </li>
          <li>
            <a href={url("security-list", { format: "xlsx" })}>Liste de sécurité (XLSX)</a>
          </li>
          {frozen && (
            <>
              <li>
                <a href={url("security-list-changes", { format: "pdf" })}>Ajouts tardifs (PDF)</a>
              </li>
              <li>
                <a href={url("security-list-changes", { format: "xlsx" })}>Ajouts tardifs (XLSX)</a>
              </li>
            </>
          )}
        </ul>
      </section>

      <section aria-labelledby="documents" className="section">
        <h2 id="documents">Documents du jour</h2>
        <p>Pour les personnes confirmées, par nom ; les filtres de la liste (recherche, type de structure, statut…) s&apos;appliquent.</p>
        <ul className="admin-links">
          <li>
            <a href={url("sign-in-sheet", { format: "pdf" }, true)}>Feuille d&apos;émargement (PDF, A4, signature matin et après-midi)</a>
          </li>
          <li>
            <a href={url("badges", { format: "pdf", disposition: "planche" }, true)}>Badges, planches A4 de 10 (PDF)</a>
          </li>
          <li>
            <a href={url("badges", { format: "pdf", disposition: "unitaire" }, true)}>Badges, un par page pour une imprimante à badges (PDF)</a>
          </li>
          {!certificatesRefusal && (
            <li>
              <a href={url("certificates", { format: "pdf" }, true)}>Attestations de présence des personnes arrivées (PDF)</a>
            </li>
          )}
        </ul>
        {certificatesRefusal && <p>{appErrorMessage(certificatesRefusal.code, certificatesRefusal.detail)}</p>}
      </section>
    </>
  );
}
