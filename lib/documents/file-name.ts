import { extensionOf } from "./document-types";

const MAX_BASE_LENGTH = 80;

/**
 * A safe download name from what the uploader's computer called the file: no folder, no accent,
 * lower-case letters, digits and hyphens, then its extension (« Présentation ARF (v2).PPTX » gives
 * « presentation-arf-v2.pptx »). Never empty: « document » when nothing is left.
 */
export function sanitiseFileName(original: string): string {
  const name = original.split(/[\\/]/).pop() ?? "";
  const extension = extensionOf(name);
  const base = (extension ? name.slice(0, -(extension.length + 1)) : name)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, MAX_BASE_LENGTH)
    .replace(/-+$/, "");
  return `${base || "document"}${extension ? `.${extension}` : ""}`;
}
