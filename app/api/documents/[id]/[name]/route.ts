import { documentIdSchema } from "@/lib/documents/schema";
import { readDocumentFile } from "@/lib/documents/read-document";
import { AppError } from "@/lib/errors";
import { apiRoute } from "@/lib/http/api-route";
import { documentResponse } from "@/lib/documents/document-response";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string; name: string }> };

/**
 * GET: a published document of a day (slides, the programme as a PDF...), as the public pages link
 * it. The name at the end is the browser's download name only: the id finds the document. An
 * unknown, unpublished or missing one is the same 404.
 */
export async function GET(_request: Request, { params }: Context) {
  return apiRoute(async () => {
    const id = documentIdSchema.safeParse((await params).id);
    if (!id.success) throw new AppError("DOCUMENT_NOT_FOUND");
    return documentResponse(await readDocumentFile(id.data), { cache: "public" });
  });
}
