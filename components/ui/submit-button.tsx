"use client";

import type { ReactNode } from "react";
import { useFormStatus } from "react-dom";

/**
 * The submit button of a form, inert while the form is being sent so a double click sends once.
 * aria-disabled rather than disabled: a disabled button loses the keyboard focus.
 */
export function SubmitButton({
  children,
  variant = "primary",
  name,
  value,
}: {
  children: ReactNode;
  variant?: "primary" | "secondary" | "danger";
  /** Sent with the form when this button submits it. */
  name?: string;
  value?: string;
}) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      name={name}
      value={value}
      className={variant === "primary" ? "button" : `button button--${variant}`}
      aria-disabled={pending || undefined}
      onClick={(event) => {
        if (pending) event.preventDefault();
      }}
    >
      {children}
    </button>
  );
}
