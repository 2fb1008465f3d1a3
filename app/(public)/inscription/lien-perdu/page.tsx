import type { Metadata } from "next";
import { ManageLinkRequestForm } from "@/components/registration/manage-link-request-form";
import { requestManageLink } from "../actions";

export const metadata: Metadata = {
  title: "Retrouver mon lien d'inscription",
  description: "Recevez à nouveau par email le lien pour consulter, modifier ou annuler votre inscription.",
};

export default function LostLinkPage() {
  return (
    <div className="container">
      <header className="page-intro">
        <h1>Retrouver mon lien d&apos;inscription</h1>
        <p className="lead">
          Indiquez l&apos;adresse email de votre inscription&nbsp;: nous y enverrons le lien qui permet de la consulter, de
          la modifier ou de l&apos;annuler.
        </p>
      </header>
      <ManageLinkRequestForm action={requestManageLink} />
    </div>
  );
}
