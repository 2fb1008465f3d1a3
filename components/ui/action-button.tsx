"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormAction } from "@/lib/form-state";

type Variant = "primary" | "secondary" | "danger";

interface ActionButtonsProps {
  action: FormAction;
  /** The buttons; each sends `name=value` when it has a value. */
  buttons: { label: string; value?: string; variant?: Variant }[];
  name?: string;
  /** Sent with the form. */
  hidden?: Record<string, string>;
}

/**
 * Buttons that run one server action (a form of their own: it works without JavaScript), say what
 * was done and why it failed. The message stays when the buttons change with the result.
 */
export function ActionButtons({ action, buttons, name, hidden = {} }: ActionButtonsProps) {
  const [state, formAction] = useActionState(action, null);
  const error = state?.errors.form ?? Object.values(state?.errors ?? {})[0];
  return (
    <form action={formAction} className="action-button">
      {Object.entries(hidden).map(([field, value]) => (
        <input key={field} type="hidden" name={field} value={value} />
      ))}
      <div className="button-row">
        {buttons.map((button) => (
          <SubmitButton key={button.label} variant={button.variant ?? "secondary"} name={button.value ? name : undefined} value={button.value}>
            {button.label}
          </SubmitButton>
        ))}
      </div>
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
      {state?.done && (
        <p className="action-button__done" role="status">
          {state.done}
        </p>
      )}
    </form>
  );
}

/** One button that runs a server action (see ActionButtons). */
export function ActionButton({ label, variant = "secondary", ...props }: Omit<ActionButtonsProps, "buttons" | "name"> & { label: string; variant?: Variant }) {
  return <ActionButtons {...props} buttons={[{ label, variant }]} />;
}
