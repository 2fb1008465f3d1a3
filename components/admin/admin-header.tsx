import Link from "next/link";
import type { UserActor } from "@/lib/audit/actor";
import { AdminMenu } from "./admin-menu";

/** The back office's header: where one is, who is signed in, the way out; on a phone, folded behind « Menu ». */
export function AdminHeader({ user, signOut }: { user: UserActor | null; signOut: () => Promise<void> }) {
  return (
    <header className="site-header site-header--admin">
      <div className="container site-header__inner">
        <Link href="/admin" className="site-header__name">
          Rencontres ESS
        </Link>
        {user && <AdminMenu controls="admin-compte admin-nav" />}
        <p className="site-header__tagline">Espace des organisateurs</p>
        {user && (
          <div className="admin-user" id="admin-compte">
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
        <nav aria-label="Espace des organisateurs" className="admin-nav" id="admin-nav">
          <ul className="container admin-nav__list">
            <li>
              <Link href="/admin">Journées</Link>
            </li>
            {user.role === "ADMIN" && (
              <>
                <li>
                  <Link href="/admin/editions">Éditions</Link>
                </li>
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
