import "server-only";
import { MAX_CSV_BYTES } from "./schema";

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
      form.set("csv", await file.text());
    } catch {
      return { refused: { fichier: "Le fichier n'a pas pu être lu." } };
    }
  }
  return { form };
}
