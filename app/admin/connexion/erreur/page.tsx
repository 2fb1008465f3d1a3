import type { Metadata } from "next";
import Link from "next/link";
import { AdminPage } from "@/components/admin/admin-page";

export const metadata: Metadata = { title: "Connexion impossible" };

const MESSAGES: Record<string, string> = {
  Verification: "Ce lien de connexion n'est plus valable : il a déjà servi, ou ses 15 minutes sont écoulées.",
  AccessDenied: "Ce compte ne peut pas se connecter : il n'existe pas ou a été désactivé.",
};

/** Where next-auth sends a failed sign-in (pages.error), in French. */
export default async function SignInErrorPage({ searchParams }: { searchParams: Promise<{ error?: string | string[] }> }) {
  const { error } = await searchParams;
  const message = (typeof error === "string" && MESSAGES[error]) || "La connexion n'a pas abouti.";
  return (
    <AdminPage title="Connexion impossible" lead={message} narrow>
      <p>
        <Link href="/admin/connexion">Demander un nouveau lien de connexion</Link>
      </p>
    </AdminPage>
  );
}
