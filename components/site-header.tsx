import Link from "next/link";

export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <Link href="/" className="site-header__name">
          Rencontres ESS
        </Link>
        <p className="site-header__tagline">Collectivités locales et économie sociale et solidaire</p>
      </div>
    </header>
  );
}
