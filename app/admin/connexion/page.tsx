import type { Metadata } from "next";
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
    <div className="container container--narrow">
      <header className="page-intro">
        <h1>Connexion à l&apos;espace des organisateurs</h1>
        <p className="lead">Indiquez l&apos;adresse de votre compte : nous vous envoyons un lien de connexion, valable 15 minutes.</p>
      </header>
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
    </div>
  );
}
