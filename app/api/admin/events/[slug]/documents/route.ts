import { NextResponse } from "next/server";
import type { UserActor } from "@/lib/audit/actor";
import { requireApiUser } from "@/lib/auth/require-user";
import { addDocument, maxDocumentBytes } from "@/lib/documents/add-document";
import { UPLOAD_REFUSALS, type UploadRefusal } from "@/lib/documents/upload-refusals";
import { documentFieldsSchema } from "@/lib/documents/schema";
import { env } from "@/lib/env";
import { AppError, isAppError } from "@/lib/errors";
import { slugSchema } from "@/lib/events/schema";
import { getAdminEvent } from "@/lib/events/get-admin-event";
import { parseInput } from "@/lib/field-errors";
import { apiRoute } from "@/lib/http/api-route";
import { readUploadForm } from "@/lib/http/upload-body";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ slug: string }> };

const NO_STORE = { "Cache-Control": "no-store" };

/** Reads the form and adds the document (who asks is checked before, the body read after). */
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
  return (Object.keys(UPLOAD_REFUSALS) as UploadRefusal[]).includes(error.code as UploadRefusal) ? (error.code as UploadRefusal) : "INVALID_INPUT";
}

/**
 * POST (multipart/form-data: title, file, programmeItemId, publish): adds a document to the day,
 * admins only. The documents page's form posts here without JavaScript: a browser's form
 * (`Accept: text/html`) is sent back to the page (303) with what happened; a script gets JSON
 * (201 and the document, or the refusal in French). Who asks is checked first, as everywhere.
 */
export async function POST(request: Request, { params }: Context) {
  return apiRoute(async () => {
    const slug = slugSchema.safeParse((await params).slug);
    const user = await requireApiUser({ role: "ADMIN", event: slug.success ? slug.data : "" });
    const event = await getAdminEvent(slug.data!);
    if (!event) throw new AppError("RECORD_NOT_FOUND");
    if (!(request.headers.get("accept") ?? "").includes("text/html")) {
      const document = await upload(request, user, event.id);
      return NextResponse.json({ id: document.id, title: document.title, fileName: document.fileName, published: Boolean(document.publishedAt) }, { status: 201, headers: NO_STORE });
    }
    const back = new URL(`/admin/evenements/${event.slug}/documents`, request.url);
    try {
      back.searchParams.set("ajoute", (await upload(request, user, event.id)).title);
    } catch (error) {
      if (!isAppError(error)) throw error;
      back.searchParams.set("erreur", refusalOf(error));
    }
    return NextResponse.redirect(back, { status: 303, headers: NO_STORE });
  });
}
