import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { env } from "../../env";

/** The folder of the documents' bytes, one file a document named by its id. */
export const documentsDir = () => path.resolve(env.DOCUMENTS_DIR);

const fileOf = (id: string) => path.join(documentsDir(), id);

export const sha256Of = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

/** Writes a document's bytes whole or not at all (a temporary file renamed into place). */
export async function storeDocument(id: string, bytes: Uint8Array): Promise<void> {
  await mkdir(documentsDir(), { recursive: true, mode: 0o700 });
  const temporary = path.join(documentsDir(), `.${id}.${randomUUID()}.part`);
  try {
    await writeFile(temporary, bytes, { mode: 0o600 });
    await rename(temporary, fileOf(id));
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** A document's bytes, or null when the file is missing or not what was stored (size or hash). */
export async function readDocument(id: string, expected: { size: number; sha256: string }): Promise<Buffer | null> {
  let bytes: Buffer;
  try {
    bytes = await readFile(fileOf(id));
  } catch {
    return null;
  }
  return bytes.length === expected.size && sha256Of(bytes) === expected.sha256 ? bytes : null;
}

export async function deleteDocumentFile(id: string): Promise<void> {
  await rm(fileOf(id), { force: true });
}
