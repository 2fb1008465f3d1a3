import type { Metadata } from "next";
import { connection } from "next/server";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Rencontres ESS", template: "%s · Rencontres ESS" },
  description: "Rencontres nationales et régionales des collectivités locales autour de l'économie sociale et solidaire.",
};

/**
 * The document shell; the public site (app/(public)) and the back office (app/admin) bring their own
 * frame. Every page is rendered for its request: its scripts carry the request's CSP nonce (proxy.ts).
 */
export default async function RootLayout({ children }: { children: React.ReactNode }) {
  await connection();
  return (
    <html lang="fr">
      <body>{children}</body>
    </html>
  );
}
