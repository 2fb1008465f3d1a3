import type { Metadata } from "next";
import Link from "next/link";
import { ActionButton } from "@/components/ui/action-button";
import { isConfirmEmailToken } from "@/lib/links/confirm-email-token";
import { confirmAddress } from "./actions";

export const metadata: Metadata = {
  title: "Confirmer mon adresse email",
  robots: { index: false, follow: false },
};

interface ConfirmAddressPageProps {
  params: Promise<{ token: string }>;
}

/** The link of the « confirmez votre adresse » email: opening it changes nothing, the button confirms. */
export default async function ConfirmAddressPage({ params }: ConfirmAddressPageProps) {
  const { token } = await params;
  if (!isConfirmEmailToken(token)) {
    return (
      <div className="container">
        <header className="page-intro">
          <h1>Ce lien n&apos;est plus valable</h1>
          <p className="lead">
            Le délai de confirmation est dépassé&nbsp;: la place réservée a été rendue à la liste d&apos;attente.
          </p>
        </header>
        <p>
          <Link href="/inscription">Vous inscrire à nouveau</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="container">
      <header className="page-intro">
        <h1>Confirmer mon adresse email</h1>
        <p className="lead">Une place vous est réservée. Confirmez votre adresse pour la garder et recevoir votre billet.</p>
      </header>
      <ActionButton action={confirmAddress.bind(null, token)} label="Confirmer mon adresse" variant="primary" />
    </div>
  );
}
