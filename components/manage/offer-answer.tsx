"use client";

import { SubmitButton } from "@/components/ui/submit-button";
import { ConfirmStep } from "./confirm-step";
import { useManageAction } from "./manage-actions";

/** Accepts the place offered for one event at once, or declines it after a confirmation step. */
export function OfferAnswer({ event, title, refusing = false }: { event: string; title: string; refusing?: boolean }) {
  const action = useManageAction();
  return (
    // The offer email links here (#offre-<slug>): it never accepts or declines by itself, since
    // mail scanners open links.
    <div id={`offre-${event}`}>
      <form action={action} className="button-row">
        <input type="hidden" name="intent" value="offre" />
        <input type="hidden" name="event" value={event} />
        <SubmitButton name="answer" value="accepter">
          Accepter la place<span className="visually-hidden"> : {title}</span>
        </SubmitButton>
      </form>
      <ConfirmStep
        param="refuser"
        event={event}
        fields={{ intent: "offre", event, answer: "refuser" }}
        open={refusing}
        trigger={
          <>
            Refuser la place<span className="visually-hidden"> : {title}</span>
          </>
        }
        question={`Voulez-vous vraiment refuser la place proposée pour ${title}\u00a0?`}
        explanation="Elle sera proposée à la personne suivante sur la liste d'attente, et votre inscription à cette journée sera annulée."
        confirmLabel="Confirmer le refus"
        keepLabel="Revenir à la proposition"
      />
    </div>
  );
}
