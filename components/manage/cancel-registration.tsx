"use client";

import { ConfirmStep } from "./confirm-step";

/** "Annuler mon inscription à …", confirmed in a second step (see ConfirmStep). */
export function CancelRegistration({ event, title, waitlisted, confirming = false }: { event: string; title: string; waitlisted: boolean; confirming?: boolean }) {
  return (
    <ConfirmStep
      param="annuler"
      event={event}
      fields={{ intent: "annuler", event }}
      open={confirming}
      trigger={`Annuler mon inscription à ${title}`}
      question={`Voulez-vous vraiment annuler votre inscription à ${title}\u00a0?`}
      explanation={
        waitlisted
          ? "Vous quitterez la liste d'attente de cette journée."
          : "Votre place sera proposée à une autre personne : vous ne pourrez pas la retrouver si la journée est complète."
      }
      confirmLabel="Confirmer l'annulation"
      keepLabel="Garder mon inscription"
    />
  );
}
