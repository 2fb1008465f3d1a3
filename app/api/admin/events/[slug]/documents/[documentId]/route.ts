import { requireApiUser } from "@/lib/auth/require-user";
import { documentIdSchema } from "@/lib/documents/schema";
import { readDocumentFile } from "@/lib/documents/read-document";
import { AppError } from "@/lib/errors";
import { slugSchema } from "@/lib/events/schema";
import { getAdminEvent } from "@/lib/events/get-admin-event";
import { apiRoute } from "@/lib/http/api-route";
import { documentResponse } from "@/lib/documents/document-response";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ slug: string; documentId: string }> };

/** GET: any document of the day, published or not, for the admins who manage them (never cached). */
export async function GET(_request: Request, { params }: Context) {
  return apiRoute(async () => {
    const { slug, documentId } = await params;
    const checkedSlug = slugSchema.safeParse(slug);
    // The day's documents are the admins': to anyone else the day's are as absent as an unknown day's.
    const user = await requireApiUser({ event: checkedSlug.success ? checkedSlug.data : "" });
    if (user.role !== "ADMIN") throw new AppError("RECORD_NOT_FOUND");
    const event = await getAdminEvent(checkedSlug.data!);
    if (!event) throw new AppError("RECORD_NOT_FOUND");
    const id = documentIdSchema.safeParse(documentId);
    if (!id.success) throw new AppError("DOCUMENT_NOT_FOUND");
    return documentResponse(await readDocumentFile(id.data, { eventId: event.id }), { cache: "private" });
  });
}
