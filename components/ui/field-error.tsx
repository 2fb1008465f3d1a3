import { errorId } from "./field-ids";

/** A field's error message, placed above the field so that it is read before it. */
export function FieldError({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <p className="field__error" id={errorId(id)}>
      <span className="visually-hidden">Erreur&nbsp;: </span>
      {message}
    </p>
  );
}
