"use client";

import { SubmitButton } from "@/components/ui/submit-button";
import { useManageAction } from "./manage-actions";

/** Accepts or declines the place offered for one event. */
export function OfferAnswer({ event, title }: { event: string; title: string }) {
  const action = useManageAction();
  return (
    // The offer email links here (#offre-<slug>): it never accepts or declines by itself, since
    // mail scanners open links.
    <form action={action} className="button-row" id={`offre-${event}`}>
      <input type="hidden" name="intent" value="offre" />
      <input type="hidden" name="event" value={event} />
      <SubmitButton name="answer" value="accepter">
        Accepter la place<span className="visually-hidden"> : {title}</span>
      </SubmitButton>
      <SubmitButton name="answer" value="refuser" variant="secondary">
        Refuser la place<span className="visually-hidden"> : {title}</span>
      </SubmitButton>
    </form>
  );
}
