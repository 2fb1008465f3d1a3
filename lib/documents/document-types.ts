/**
 * The files a day may publish, each proved by its first bytes (never by the type a browser sends):
 * PDF, PNG, JPEG, GIF and WebP images, Office (OOXML) and OpenDocument files, and the older
 * Office formats. SVG, HTML and anything else are refused: a page never serves active content.
 */
export interface DocumentType {
  contentType: string;
  /** Served inline (the browser shows it): PDF and images; everything else is downloaded. */
  inline: boolean;
  label: string;
}

const PDF: DocumentType = { contentType: "application/pdf", inline: true, label: "PDF" };

/** Containers whose first bytes say only « ZIP » or « OLE »: the extension says which document it is. */
const ZIP_DOCUMENTS: Record<string, DocumentType> = {
  docx: { contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", inline: false, label: "Word" },
  xlsx: { contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", inline: false, label: "Excel" },
  pptx: { contentType: "application/vnd.openxmlformats-officedocument.presentationml.presentation", inline: false, label: "PowerPoint" },
  odt: { contentType: "application/vnd.oasis.opendocument.text", inline: false, label: "OpenDocument texte" },
  ods: { contentType: "application/vnd.oasis.opendocument.spreadsheet", inline: false, label: "OpenDocument tableur" },
  odp: { contentType: "application/vnd.oasis.opendocument.presentation", inline: false, label: "OpenDocument présentation" },
};
const OLE_DOCUMENTS: Record<string, DocumentType> = {
  doc: { contentType: "application/msword", inline: false, label: "Word" },
  xls: { contentType: "application/vnd.ms-excel", inline: false, label: "Excel" },
  ppt: { contentType: "application/vnd.ms-powerpoint", inline: false, label: "PowerPoint" },
};
const IMAGES: { extensions: string[]; type: DocumentType; matches: (bytes: Uint8Array) => boolean }[] = [
  { extensions: ["png"], type: { contentType: "image/png", inline: true, label: "image PNG" }, matches: (b) => startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
  { extensions: ["jpg", "jpeg"], type: { contentType: "image/jpeg", inline: true, label: "image JPEG" }, matches: (b) => startsWith(b, [0xff, 0xd8, 0xff]) },
  { extensions: ["gif"], type: { contentType: "image/gif", inline: true, label: "image GIF" }, matches: (b) => ascii(b, 0, 6) === "GIF87a" || ascii(b, 0, 6) === "GIF89a" },
  { extensions: ["webp"], type: { contentType: "image/webp", inline: true, label: "image WebP" }, matches: (b) => ascii(b, 0, 4) === "RIFF" && ascii(b, 8, 12) === "WEBP" },
];

/** What the upload form says it takes (the `accept` attribute and the hint). */
export const ACCEPTED_EXTENSIONS = ["pdf", ...IMAGES.flatMap((image) => image.extensions), ...Object.keys(ZIP_DOCUMENTS), ...Object.keys(OLE_DOCUMENTS)];

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((byte, k) => bytes[k] === byte);
}

function ascii(bytes: Uint8Array, from: number, to: number): string {
  return bytes.length >= to ? String.fromCharCode(...bytes.subarray(from, to)) : "";
}

/** The file's extension, lower-case, without the dot ("" without one). */
export function extensionOf(fileName: string): string {
  const match = /\.([A-Za-z0-9]{1,8})$/.exec(fileName);
  return match ? match[1].toLowerCase() : "";
}

/**
 * The document's type, when its extension is one of those accepted and its first bytes prove it;
 * null otherwise (a script renamed .pdf, an SVG, an HTML page, an executable...).
 */
export function documentTypeOf(bytes: Uint8Array, fileName: string): DocumentType | null {
  const extension = extensionOf(fileName);
  if (extension === "pdf") return ascii(bytes, 0, 5) === "%PDF-" ? PDF : null;
  const image = IMAGES.find((candidate) => candidate.extensions.includes(extension));
  if (image) return image.matches(bytes) ? image.type : null;
  if (ZIP_DOCUMENTS[extension]) return startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) ? ZIP_DOCUMENTS[extension] : null;
  if (OLE_DOCUMENTS[extension]) return startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]) ? OLE_DOCUMENTS[extension] : null;
  return null;
}

/** A type's entry from its content type (when serving a stored document). */
export function documentTypeFor(contentType: string): DocumentType | null {
  if (contentType === PDF.contentType) return PDF;
  return [...IMAGES.map((image) => image.type), ...Object.values(ZIP_DOCUMENTS), ...Object.values(OLE_DOCUMENTS)].find((type) => type.contentType === contentType) ?? null;
}
