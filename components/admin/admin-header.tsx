import Link from "next/link";
import type { UserActor } from "@/lib/audit/actor";

/** The back office's header: where one is, who is signed in, the way out. */
export function AdminHeader({ user, signOut }: { user: UserActor | null; signOut: () => Promise<void> }) {
  return (
    <header className="site-header site-header--admin">
      <div className="container site-header__inner">
        <Link href="/admin" className="site-header__name">
          Rencontres ESS
        </Link>
        <p className="site-header__tagline">Espace des organisateurs</p>
        {user && (
          <div className="admin-user">
            <span className="admin-user__email">{user.email}</span>
            <form action={signOut}>
              <button type="submit" className="link-button">
                Se déconnecter
              </button>
            </form>
          </div>
        )}
      </div>
      {user && (
        <nav aria-label="Espace des organisateurs" className="admin-nav">
          <ul className="container admin-nav__list">
            <li>
              <Link href="/admin">Journées</Link>
            </li>
            {user.role === "ADMIN" && (
              <>
                <li>
                  <Link href="/admin/intervenants">Intervenant·es</Link>
                </li>
                <li>
                  <Link href="/admin/comptes">Comptes</Link>
                </li>
                <li>
                  <Link href="/admin/emails">Emails</Link>
                </li>
                <li>
                  <Link href="/admin/journal">Journal des modifications</Link>
                </li>
              </>
            )}
            <li>
              <Link href="/">Site public</Link>
            </li>
          </ul>
        </nav>
      )}
    </header>
  );
}
