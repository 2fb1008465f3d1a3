/** The characters with which a spreadsheet would read a cell as a formula (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell as exports write it: one that a spreadsheet would take for a formula gets a leading
 * apostrophe (OWASP's advice), so « =HYPERLINK(…) » typed in a form stays text. Every writer calls
 * this, for every text cell: the one place where it is done.
 */
export function neutralise(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
