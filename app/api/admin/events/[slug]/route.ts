import { NextResponse } from "next/server";
import { requireApiUser } from "@/lib/auth/require-user";
import { adminEventJson } from "@/lib/events/admin-event-json";
import { listAdminEvents } from "@/lib/events/list-admin-events";
import { slugSchema } from "@/lib/events/schema";
import { AppError } from "@/lib/errors";
import { apiRoute } from "@/lib/http/api-route";

export const dynamic = "force-dynamic";

/** GET /api/admin/events/<slug>: an event's settings and counts, for its organisers and the admins. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return apiRoute(async () => {
    const slug = slugSchema.safeParse((await params).slug);
    const user = await requireApiUser({ event: slug.success ? slug.data : "" });
    const [row] = slug.success ? await listAdminEvents(user, { slug: slug.data }) : [];
    if (!row) throw new AppError("RECORD_NOT_FOUND");
    return NextResponse.json(adminEventJson(row));
  });
}
