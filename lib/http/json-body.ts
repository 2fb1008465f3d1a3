import "server-only";
import { NextResponse } from "next/server";

/** Bodies of the JSON API are small: a registration is well under 4 KiB. */
export const MAX_JSON_BODY_BYTES = 16 * 1024;

export type JsonBody = { ok: true; value: unknown } | { ok: false; response: NextResponse };

const invalid = (status: number, message: string): JsonBody => ({
  ok: false,
  response: NextResponse.json({ errors: { form: message } }, { status }),
});

/** Reads a request's JSON body, refusing oversized or malformed ones with a French message. */
export async function readJsonBody(request: Request, { optional = false, maxBytes = MAX_JSON_BODY_BYTES } = {}): Promise<JsonBody> {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > maxBytes) return invalid(413, "La requête est trop volumineuse.");
  const text = await request.text();
  if (Buffer.byteLength(text) > maxBytes) return invalid(413, "La requête est trop volumineuse.");
  if (text.trim() === "") return optional ? { ok: true, value: {} } : invalid(400, "Le corps de la requête doit être un objet JSON.");
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return invalid(400, "Le corps de la requête n'est pas du JSON valide.");
  }
}
