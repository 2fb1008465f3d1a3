import { Readable } from "node:stream";
import { requireApiUser } from "@/lib/auth/require-user";
import { slugSchema } from "@/lib/events/schema";
import { runExport } from "@/lib/exports/run-export";
import { exportOptionsSchema } from "@/lib/exports/schema";
import { parseInput } from "@/lib/field-errors";
import { apiRoute } from "@/lib/http/api-route";
import { listQuerySchema, searchParamsObject } from "@/lib/registrations/list-query";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ slug: string; dataset: string }> };

/**
 * GET /api/admin/events/<slug>/exports/<dataset>?format=csv|xlsx&… with the list's filters as
 * parameters: the file, streamed. For the event's organisers and the admins.
 */
export async function GET(request: Request, { params }: Context) {
  return apiRoute(async () => {
    const { slug, dataset } = await params;
    const event = slugSchema.safeParse(slug);
    const user = await requireApiUser({ event: event.success ? event.data : "" });
    const parameters = searchParamsObject(new URL(request.url).searchParams);
    const options = parseInput(exportOptionsSchema, parameters);
    const file = await runExport({ actor: user, slug, dataset, query: listQuerySchema.parse(parameters), options });
    return new Response(Readable.toWeb(file.body) as ReadableStream, {
      headers: {
        "Content-Type": file.contentType,
        "Content-Disposition": `attachment; filename="${file.filename}"`,
        "Cache-Control": "no-store",
      },
    });
  });
}
