"use client";

import { useEffect, useId, useRef, useState } from "react";
import { SubmitButton } from "@/components/ui/submit-button";
import { useManageAction } from "./manage-actions";

/**
 * "Annuler mon inscription à …", then a confirmation panel that takes the focus, so that one
 * stray key press cancels nothing. Escape or "Garder mon inscription" closes it. Without
 * JavaScript the two are links: the page comes back with the panel open (`?annuler=<slug>`), or
 * closed.
 */
export function CancelRegistration({ event, title, waitlisted, confirming: initiallyOpen = false }: { event: string; title: string; waitlisted: boolean; confirming?: boolean }) {
  const action = useManageAction();
  const [confirming, setConfirming] = useState(initiallyOpen);
  const trigger = useRef<HTMLAnchorElement>(null);
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
  const toggle = () => setConfirming((open) => !open);

  return (
    <div className="cancel">
      <a
        href={`?annuler=${event}#annuler-${event}`}
        role="button"
        className="button button--secondary"
        ref={trigger}
        aria-expanded={confirming}
        aria-controls={panelId}
        onClick={(click) => {
          click.preventDefault();
          toggle();
        }}
        onKeyDown={(key) => {
          // A button answers the space bar too.
          if (key.key === " ") {
            key.preventDefault();
            toggle();
          }
        }}
      >
        Annuler mon inscription à {title}
      </a>
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
        <p className="confirm-panel__question" id={`annuler-${event}`}>
          <span id={questionId}>Voulez-vous vraiment annuler votre inscription à {title}&nbsp;?</span>
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
          <a
            href="?"
            className="button button--secondary"
            role="button"
            onClick={(click) => {
              click.preventDefault();
              close();
            }}
          >
            Garder mon inscription
          </a>
        </form>
      </div>
    </div>
  );
}
