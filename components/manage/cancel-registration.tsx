"use client";

import { useEffect, useId, useRef, useState } from "react";
import { SubmitButton } from "@/components/ui/submit-button";
import { useManageAction } from "./manage-actions";

/**
 * "Annuler mon inscription à …", then a confirmation panel that takes the focus, so that one
 * stray key press cancels nothing. Escape or "Garder mon inscription" closes it.
 */
export function CancelRegistration({ event, title, waitlisted }: { event: string; title: string; waitlisted: boolean }) {
  const action = useManageAction();
  const [confirming, setConfirming] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const panelId = useId();
  const questionId = useId();

  useEffect(() => {
    if (confirming) panel.current?.focus();
  }, [confirming]);

  const close = () => {
    setConfirming(false);
    trigger.current?.focus();
  };

  return (
    <div className="cancel">
      <button
        type="button"
        className="button button--secondary"
        ref={trigger}
        aria-expanded={confirming}
        aria-controls={panelId}
        onClick={() => setConfirming((open) => !open)}
      >
        Annuler mon inscription à {title}
      </button>
      <div
        id={panelId}
        className="confirm-panel"
        role="group"
        aria-labelledby={questionId}
        tabIndex={-1}
        ref={panel}
        hidden={!confirming}
        onKeyDown={(keyEvent) => {
          if (keyEvent.key === "Escape") close();
        }}
      >
        <p className="confirm-panel__question" id={questionId}>
          Voulez-vous vraiment annuler votre inscription à {title}&nbsp;?
        </p>
        <p>
          {waitlisted
            ? "Vous quitterez la liste d'attente de cette journée."
            : "Votre place sera proposée à une autre personne : vous ne pourrez pas la retrouver si la journée est complète."}
        </p>
        <form action={action} className="button-row">
          <input type="hidden" name="intent" value="annuler" />
          <input type="hidden" name="event" value={event} />
          <SubmitButton variant="danger">Confirmer l&apos;annulation</SubmitButton>
          <button type="button" className="button button--secondary" onClick={close}>
            Garder mon inscription
          </button>
        </form>
      </div>
    </div>
  );
}
