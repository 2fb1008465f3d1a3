import type { Metadata } from "next";
import Link from "next/link";
import { AdminPage } from "@/components/admin/admin-page";

export const metadata: Metadata = { title: "Vérifiez votre messagerie" };

/** The same answer for every address: it tells nobody whether an account exists. */
export default function LinkSentPage() {
  return (
    <AdminPage title="Vérifiez votre messagerie" lead="Si cette adresse correspond à un compte actif, un lien de connexion vient de lui être envoyé." narrow>
      <div className="prose">
        <p>Le lien fonctionne une seule fois, pendant 15 minutes. Pensez à regarder dans les courriers indésirables.</p>
        <p>
          Rien reçu après quelques minutes ? <Link href="/admin/connexion">Demandez un nouveau lien</Link>, ou contactez
          un administrateur des Rencontres.
        </p>
      </div>
    </AdminPage>
  );
}
