import Link from "next/link";
import type { EditionTexts } from "@/lib/editions/edition-texts";

/** The public footer: the current edition's lines and contact address (edited in the back office; none on the
 * 404, which reads no database), then the site's links. */
export function SiteFooter({ edition = null }: { edition?: Pick<EditionTexts, "footerLines" | "contactEmail"> | null }) {
  return (
    <footer className="site-footer">
      <div className="container">
        {edition?.footerLines.map((line, index) => (
          // Two lines may read the same: the position keeps keys unique.
          <p key={`${index}-${line}`}>{line}</p>
        ))}
        {edition?.contactEmail && (
          <p>
            Contact&nbsp;: <a href={`mailto:${edition.contactEmail}`}>{edition.contactEmail}</a>
          </p>
        )}
        <p>
          <Link href="/editions">Éditions précédentes</Link>
          {" · "}
          <Link href="/confidentialite">Protection des données personnelles</Link>
          {" · "}
          <Link href="/accessibilite">Accessibilité : partiellement conforme</Link>
        </p>
      </div>
    </footer>
  );
}
