import "server-only";
import { MAX_CSV_BYTES } from "./schema";

/**
 * Windows-1252's characters for the bytes 0x80-0x9F (€, œ, ’, «…»'s cousins). Node's TextDecoder
 * decodes « windows-1252 » as ISO-8859-1, which has control characters there; the rest is the same.
 */
const CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

/**
 * A file's text: UTF-8 when it is valid UTF-8 (its byte order mark dropped), otherwise
 * Windows-1252, what Excel writes in France when asked for « CSV (séparateur : point-virgule) ».
 * A file that is neither decodes as Windows-1252 anyway: every byte is a character there.
 */
export function decodeCsv(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes).replace(/[\u0080-\u009F]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]);
  }
}

/**
 * The import form with an uploaded file's text as its `csv` field (the file wins over the pasted
 * text), or the file's refusal by field: never thrown, so that the form comes back with it.
 */
export async function withUploadedCsv(formData: FormData): Promise<{ form: FormData } | { refused: Record<string, string> }> {
  const form = new FormData();
  for (const [name, value] of formData) if (typeof value === "string") form.append(name, value);
  const file = formData.get("fichier");
  if (file instanceof File && file.size > 0) {
    if (file.size > MAX_CSV_BYTES) return { refused: { fichier: "Le fichier est trop volumineux (100 Ko au plus)." } };
    try {
      form.set("csv", decodeCsv(new Uint8Array(await file.arrayBuffer())));
    } catch {
      return { refused: { fichier: "Le fichier n'a pas pu être lu." } };
    }
  }
  return { form };
}
