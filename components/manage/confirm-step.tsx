"use client";

import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import { SubmitButton } from "@/components/ui/submit-button";
import { useManageAction } from "./manage-actions";

interface ConfirmStepProps {
  /** The query parameter that opens the step without JavaScript: `?<param>=<event>`. */
  param: "annuler" | "refuser";
  event: string;
  /** The hidden fields of the form that acts, once confirmed. */
  fields: Record<string, string>;
  trigger: ReactNode;
  question: ReactNode;
  explanation: ReactNode;
  confirmLabel: string;
  keepLabel: string;
  /** Open from the start: the page was asked for with `?<param>=<event>`. */
  open?: boolean;
}

/**
 * An irreversible answer in two steps: a first button opens a confirmation panel that takes the
 * focus, so that one stray key press changes nothing; Escape or the "keep" button closes it.
 * Without JavaScript both are links: the page comes back with the panel open (`?<param>=<event>`),
 * or closed, and the confirmation is a real form.
 */
export function ConfirmStep({ param, event, fields, trigger, question, explanation, confirmLabel, keepLabel, open = false }: ConfirmStepProps) {
  const action = useManageAction();
  const [confirming, setConfirming] = useState(open);
  const triggerRef = useRef<HTMLAnchorElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const panelId = useId();
  const questionId = useId();

  useEffect(() => {
    if (confirming) panel.current?.focus();
  }, [confirming]);

  const close = () => {
    setConfirming(false);
    triggerRef.current?.focus();
  };
  const toggle = () => setConfirming((isOpen) => !isOpen);

  return (
    <div className="cancel">
      <a
        href={`?${param}=${event}#${param}-${event}`}
        role="button"
        className="button button--secondary"
        ref={triggerRef}
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
        {trigger}
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
        <p className="confirm-panel__question" id={`${param}-${event}`}>
          <span id={questionId}>{question}</span>
        </p>
        <p>{explanation}</p>
        <form action={action} className="button-row">
          {Object.entries(fields).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          <SubmitButton variant="danger">{confirmLabel}</SubmitButton>
          <a
            href="?"
            className="button button--secondary"
            role="button"
            onClick={(click) => {
              click.preventDefault();
              close();
            }}
          >
            {keepLabel}
          </a>
        </form>
      </div>
    </div>
  );
}
