import type { Metadata } from "next";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Rencontres ESS", template: "%s · Rencontres ESS" },
  description: "Rencontres nationales et régionales des collectivités locales autour de l'économie sociale et solidaire.",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="fr">
      <body>
        <a className="skip-link" href="#contenu">
          Aller au contenu principal
        </a>
        <SiteHeader />
        {/* Focusable so that the skip link moves keyboard focus, not only the scroll position. */}
        <main id="contenu" tabIndex={-1} className="site-main">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
