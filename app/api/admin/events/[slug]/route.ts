import { NextResponse } from "next/server";
import { requireApiUser } from "@/lib/auth/require-user";
import { adminEventJson } from "@/lib/events/admin-event-json";
import { listAdminEvents } from "@/lib/events/list-admin-events";
import { slugSchema } from "@/lib/events/schema";
import { errorResponse } from "@/lib/http/error-response";

export const dynamic = "force-dynamic";

/** GET /api/admin/events/<slug>: an event's settings and counts, for its organisers and the admins. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  try {
    const slug = slugSchema.safeParse((await params).slug);
    const user = await requireApiUser({ event: slug.success ? slug.data : "" });
    const [row] = slug.success ? await listAdminEvents(user, { slug: slug.data }) : [];
    if (!row) return NextResponse.json({ error: "Événement introuvable.", code: "RECORD_NOT_FOUND" }, { status: 404 });
    return NextResponse.json(adminEventJson(row));
  } catch (error) {
    return errorResponse(error);
  }
}
