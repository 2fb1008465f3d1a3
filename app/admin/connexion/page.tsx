import type { Metadata } from "next";
import { AdminPage } from "@/components/admin/admin-page";
import { AdminForm } from "@/components/admin/admin-form";
import { callbackPathSchema } from "@/lib/auth/schema";
import { requestLinkAction } from "./actions";

export const metadata: Metadata = { title: "Connexion" };

interface SignInPageProps {
  searchParams: Promise<{ retour?: string | string[]; deconnecte?: string }>;
}

export default async function SignInPage({ searchParams }: SignInPageProps) {
  const { retour, deconnecte } = await searchParams;
  const callbackPath = callbackPathSchema.parse(typeof retour === "string" ? retour : undefined);
  return (
    <AdminPage
      title="Connexion à l'espace des organisateurs"
      lead="Indiquez l'adresse de votre compte : nous vous envoyons un lien de connexion, valable 15 minutes."
      narrow
    >
      {deconnecte && (
        <p className="notice" role="status">
          Vous êtes déconnecté·e.
        </p>
      )}
      <AdminForm
        action={requestLinkAction}
        groups={[{ fields: [{ name: "email", label: "Adresse email", type: "email", autoComplete: "email" }] }]}
        initial={{ callbackPath }}
        submitLabel="Recevoir un lien de connexion"
        errorTitle="Le lien n'a pas été envoyé"
        hidden={{ callbackPath }}
      />
      <p className="prose">
        Pas encore de compte ? Les comptes sont créés par les administrateurs des Rencontres : demandez-leur une invitation.
      </p>
    </AdminPage>
  );
}
