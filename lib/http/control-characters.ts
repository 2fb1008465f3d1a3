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

/** Shared with the front door's guard (lib/front-door/request-guard.ts). */
export { holdsNul } from "./holds-nul.mjs";
