import { parse } from "csv-parse/sync";
import { fieldErrors } from "../field-errors";
import { inviteeSchema, MAX_INVITATIONS_AT_ONCE, type CsvLine } from "./schema";

/** A header line, recognised by its first cell, is skipped. */
const HEADER = /^(e-?mail|adresse|courriel)$/i;

/**
 * The people of a pasted or uploaded list, `email;prénom;nom;organisation` a line (a comma or a
 * tab also separates; quotes as in any CSV; a header line and empty lines are skipped): each line
 * valid, or with its French error. csv-parse reads the quoting; zod checks each person.
 */
export function parseInvitationCsv(text: string): CsvLine[] {
  const source = text.replace(/^\uFEFF/, "");
  const delimiter = detectDelimiter(source);
  let records: { record: string[]; info: { lines: number; raw?: string } }[];
  try {
    // With `info` and `raw`, each record comes with its line number and text (the types do not say so).
    records = parse(source, { delimiter, relax_column_count: true, skip_empty_lines: true, trim: true, info: true, raw: true, bom: true }) as unknown as typeof records;
  } catch (error) {
    const line = typeof error === "object" && error !== null && "lines" in error && typeof error.lines === "number" ? error.lines : 1;
    return [{ line, error: "Ligne illisible : un guillemet n'est pas refermé.", text: "" }];
  }
  const lines: CsvLine[] = [];
  for (const { record, info } of records) {
    const raw = (info.raw ?? record.join(delimiter)).trim();
    if (record.every((cell) => cell === "")) continue;
    if (lines.length === 0 && HEADER.test(record[0] ?? "")) continue;
    if (lines.length >= MAX_INVITATIONS_AT_ONCE) {
      lines.push({ line: info.lines, error: `Au plus ${MAX_INVITATIONS_AT_ONCE} personnes à la fois : envoyez la suite ensuite.`, text: raw });
      break;
    }
    if (record.length < 3 || record.length > 4) {
      lines.push({ line: info.lines, error: "Ligne attendue : email;prénom;nom;organisation.", text: raw });
      continue;
    }
    const [email, firstName, lastName, organisation = ""] = record;
    const parsed = inviteeSchema.safeParse({ email, firstName, lastName, organisation });
    if (parsed.success) lines.push({ line: info.lines, invitee: parsed.data });
    else lines.push({ line: info.lines, error: Object.values(fieldErrors(parsed.error)).join(" "), text: raw });
  }
  markDuplicates(lines);
  return lines;
}

/** The list's separator: the first line's semicolon, else its tab, else a comma. */
function detectDelimiter(text: string): string {
  const first = text.split(/\r?\n/, 1)[0] ?? "";
  if (first.includes(";")) return ";";
  if (first.includes("\t")) return "\t";
  return ",";
}

/** An address given twice: the second line is refused (one invitation per person and day). */
function markDuplicates(lines: CsvLine[]): void {
  const seen = new Map<string, number>();
  lines.forEach((line, index) => {
    if (!line.invitee) return;
    const first = seen.get(line.invitee.email);
    if (first === undefined) seen.set(line.invitee.email, line.line);
    else {
      const { email, firstName, lastName, organisation } = line.invitee;
      lines[index] = { line: line.line, error: `Cette adresse figure déjà à la ligne ${first}.`, text: [email, firstName, lastName, organisation].join(";") };
    }
  });
}
