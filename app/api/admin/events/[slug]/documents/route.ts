import { requireApiUser } from "@/lib/auth/require-user";
import { documentUploadAnswer } from "@/lib/documents/upload-answer";
import { AppError } from "@/lib/errors";
import { slugSchema } from "@/lib/events/schema";
import { getAdminEvent } from "@/lib/events/get-admin-event";
import { apiRoute } from "@/lib/http/api-route";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ slug: string }> };

/**
 * POST (multipart/form-data: title, file, programmeItemId, publish): adds a document to the day,
 * admins only, checked first; the documents page's form posts here (lib/documents/upload-answer.ts).
 */
export async function POST(request: Request, { params }: Context) {
  return apiRoute(async () => {
    const slug = slugSchema.safeParse((await params).slug);
    // The day's documents are the admins': to anyone else the day's are as absent as an unknown day's.
    const user = await requireApiUser({ event: slug.success ? slug.data : "" });
    if (user.role !== "ADMIN") throw new AppError("RECORD_NOT_FOUND");
    const event = await getAdminEvent(slug.data!);
    if (!event) throw new AppError("RECORD_NOT_FOUND");
    return documentUploadAnswer(request, user, event);
  });
}
