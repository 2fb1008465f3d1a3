/**
 * Text PostgreSQL refuses (NUL) or that no address, cookie or identifier holds (the other C0
 * control characters and DEL): refused at the edge of the app, before anything looks it up.
 * Free text (a form's field, a JSON body's value, a query value from a form sent by GET) may hold
 * tabs and line breaks; zod schemas refuse the other control characters of typed text with a
 * French message of their own (lib/validation.ts).
 */
const CONTROL = /[\u0000-\u001f\u007f]/;
/** The same but tabs and line breaks, which a text typed in a form sent by GET carries in its query. */
const CONTROL_BUT_LINES = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** Whether an address's segment, a cookie or an identifier holds a control character. */
export const hasControlCharacter = (text: string) => CONTROL.test(text);

/** Whether a query's name or value holds a control character other than a tab or a line break. */
export const hasQueryControlCharacter = (text: string) => CONTROL_BUT_LINES.test(text);

/** Whether any text in a value (object keys included, at any depth: iteratively, JSON may nest thousands deep) holds a NUL. */
export function holdsNul(value: unknown): boolean {
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const item = pending.pop();
    if (typeof item === "string") {
      if (item.includes("\u0000")) return true;
    } else if (item !== null && typeof item === "object") {
      for (const [key, child] of Object.entries(item)) {
        if (key.includes("\u0000")) return true;
        pending.push(child);
      }
    }
  }
  return false;
}
