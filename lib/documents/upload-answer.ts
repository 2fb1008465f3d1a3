import "server-only";
import { NextResponse } from "next/server";
import type { UserActor } from "../audit/actor";
import { env } from "../env";
import { AppError, isAppError } from "../errors";
import { parseInput } from "../field-errors";
import { readUploadForm } from "../http/upload-body";
import { addDocument, maxDocumentBytes } from "./add-document";
import { documentFieldsSchema } from "./schema";
import { UPLOAD_REFUSALS, type UploadRefusal } from "./upload-refusals";

const NO_STORE = { "Cache-Control": "no-store" };

/** Reads the upload form and adds the document (who asks was checked before the body is read). */
async function upload(request: Request, user: UserActor, eventId: string) {
  const form = await readUploadForm(request, {
    maxFileBytes: maxDocumentBytes(),
    tooLarge: () => new AppError("DOCUMENT_TOO_LARGE", `${env.DOCUMENT_MAX_MB} Mo au plus`, "file"),
  });
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? value : undefined;
  };
  const fields = parseInput(documentFieldsSchema, { title: text("title"), programmeItemId: text("programmeItemId"), publish: text("publish") });
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) throw new AppError("DOCUMENT_EMPTY", undefined, "file");
  return addDocument({ actor: user, eventId, fields, file: { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) } });
}

/** What the documents page is told of a refusal: a code it explains, never text from the address. */
function refusalOf(error: AppError): UploadRefusal {
  if (error.code === "INVALID_INPUT") return error.fieldErrors?.title ? "TITLE" : "INVALID_INPUT";
  return Object.hasOwn(UPLOAD_REFUSALS, error.code) ? (error.code as UploadRefusal) : "INVALID_INPUT";
}

/**
 * The answer to a document upload of `POST /api/admin/events/<slug>/documents`, for an admin of the
 * day (checked by the route first): a browser's form (`Accept: text/html`, the documents page
 * without JavaScript) is sent back to the page (303) saying what happened — the new document's id,
 * or a code the page explains —; a script gets JSON, 201 and the document, or the refusal thrown
 * for apiRoute to answer.
 */
export async function documentUploadAnswer(request: Request, user: UserActor, event: { id: string; slug: string }): Promise<Response> {
  if (!(request.headers.get("accept") ?? "").includes("text/html")) {
    const document = await upload(request, user, event.id);
    return NextResponse.json({ id: document.id, title: document.title, fileName: document.fileName, published: Boolean(document.publishedAt) }, { status: 201, headers: NO_STORE });
  }
  const query = new URLSearchParams();
  try {
    query.set("ajoute", (await upload(request, user, event.id)).id);
  } catch (error) {
    if (!isAppError(error)) throw error;
    query.set("erreur", refusalOf(error));
  }
  // A relative address: the host the app sees behind a proxy is not always the one the browser
  // used, and the page's form-action policy allows its own origin only.
  return new Response(null, { status: 303, headers: { ...NO_STORE, Location: `/admin/evenements/${event.slug}/documents?${query}` } });
}
