"use client";

import { createContext, useActionState, useContext, useEffect, useRef, type ReactNode } from "react";
import type { FormAction, FormState } from "@/lib/form-state";

const ManageActionsContext = createContext<((formData: FormData) => void) | null>(null);

/** The form action shared by the cancel and offer forms of the manage page. */
export function useManageAction(): (formData: FormData) => void {
  const action = useContext(ManageActionsContext);
  if (!action) throw new Error("useManageAction must be used inside <ManageActions>.");
  return action;
}

/**
 * Runs the cancel and offer forms of the registrations it wraps, and reports their outcome in one
 * place above them. The outcome takes the focus: the button that was pressed has gone with the
 * registration's new status.
 */
export function ManageActions({ action: serverAction, children }: { action: FormAction; children: ReactNode }) {
  // The server action itself, not a wrapper: without JavaScript the forms post straight to it.
  const [state, action] = useActionState<FormState | null, FormData>(serverAction, null);
  const done = useRef<HTMLDivElement>(null);
  const failed = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state) (state.done ? done : failed).current?.focus();
  }, [state]);

  return (
    <ManageActionsContext value={action}>
      <div role="status" tabIndex={-1} ref={done}>
        {state?.done && <p className="notice notice--success">{state.done}</p>}
      </div>
      <div role="alert" tabIndex={-1} ref={failed}>
        {state?.errors.form && <p className="notice notice--error">{state.errors.form}</p>}
      </div>
      {children}
    </ManageActionsContext>
  );
}
