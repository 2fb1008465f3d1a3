import type { DocumentLink } from "@/lib/documents/list-documents";

/** « 1,2 Mo », « 350 Ko »: a file's size as the French say it. */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toLocaleString("fr-FR", { maximumFractionDigits: 1 })} Mo`;
  return `${Math.max(1, Math.round(bytes / 1024)).toLocaleString("fr-FR")} Ko`;
}

/** Published documents as links, each with its type and size (what the visitor is about to download). */
export function DocumentLinks({ documents, label = "Documents" }: { documents: DocumentLink[]; label?: string }) {
  return (
    <ul className="documents" aria-label={label}>
      {documents.map((document) => (
        <li key={document.id}>
          <a href={document.url}>{document.title}</a>{" "}
          <span className="documents__meta">
            ({document.typeLabel}, {formatSize(document.size)})
          </span>
        </li>
      ))}
    </ul>
  );
}
