"use client";

import { useEffect, useRef, type MouseEvent } from "react";

/** A field that can be in error, and the id of the control its summary link focuses. */
export interface ErrorTarget {
  field: string;
  id: string;
}

const plural = (count: number) => (count === 1 ? "1 erreur" : `${count} erreurs`);

/** Focuses the field and scrolls its label or legend into view, so the question is visible too. */
function focusField(event: MouseEvent<HTMLAnchorElement>, id: string) {
  const field = document.getElementById(id);
  if (!field) return;
  event.preventDefault();
  const question = field.closest("fieldset")?.querySelector("legend") ?? document.querySelector(`label[for="${id}"]`) ?? field;
  question.scrollIntoView({ block: "start" });
  field.focus({ preventScroll: true });
}

/**
 * The list of a submission's errors at the top of the form, in the fields' order, each a link to
 * its field. It takes the focus when it appears, so keyboard and screen reader users start there.
 */
export function ErrorSummary({ errors, targets, title }: { errors: Record<string, string>; targets: ErrorTarget[]; title: string }) {
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => summary.current?.focus(), [errors]);

  const linked = targets.filter((target) => errors[target.field]);
  const others = Object.keys(errors).filter((field) => field !== "form" && !targets.some((target) => target.field === field));
  const count = linked.length + others.length;
  if (count === 0 && !errors.form) return null;

  return (
    <div className="error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1} ref={summary}>
      <h2 className="error-summary__title" id="error-summary-title">
        {count > 0 ? `Le formulaire contient ${plural(count)}` : title}
      </h2>
      {errors.form && <p>{errors.form}</p>}
      {count > 0 && (
        <ul className="error-summary__list">
          {linked.map(({ field, id }) => (
            <li key={field}>
              <a href={`#${id}`} onClick={(event) => focusField(event, id)}>
                {errors[field]}
              </a>
            </li>
          ))}
          {others.map((field) => (
            <li key={field}>{errors[field]}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
