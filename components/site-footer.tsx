import Link from "next/link";

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="container">
        <p>Rencontres des collectivités locales autour de l&apos;économie sociale et solidaire.</p>
        <p>
          Co-organisées par les réseaux de collectivités signataires de la déclaration commune du 5&nbsp;mars&nbsp;2013.
        </p>
        <p>
          <Link href="/confidentialite">Protection des données personnelles</Link>
          {" · "}
          <Link href="/accessibilite">Accessibilité : partiellement conforme</Link>
        </p>
      </div>
    </footer>
  );
}
