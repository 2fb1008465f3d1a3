import { NextResponse } from "next/server";
import { requireApiUser } from "@/lib/auth/require-user";
import { applyDoorOperations } from "@/lib/checkin/apply-door-operations";
import { doorCounts } from "@/lib/checkin/door-counts";
import { doorEvent, doorRoster } from "@/lib/checkin/door-roster";
import { checkInBatchSchema } from "@/lib/checkin/schema";
import { slugSchema } from "@/lib/events/schema";
import { apiRoute } from "@/lib/http/api-route";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ slug: string }> };

const NO_STORE = { "Cache-Control": "no-store" };

const eventSlug = async (params: Context["params"]) => {
  const slug = slugSchema.safeParse((await params).slug);
  return slug.success ? slug.data : "";
};

/** GET: the door's roster and counts (the phone keeps them to work while the network is down). */
export async function GET(_request: Request, { params }: Context) {
  return apiRoute(async () => {
    const slug = await eventSlug(params);
    await requireApiUser({ event: slug });
    return NextResponse.json(await doorRoster((await doorEvent(slug)).id), { headers: NO_STORE });
  });
}

/** POST { operations }: the door's taps (check-ins and undos), in order, each applied once. */
export async function POST(request: Request, { params }: Context) {
  return apiRoute({ request, schema: checkInBatchSchema, maxBytes: 64 * 1024 }, async (body) => {
    const slug = await eventSlug(params);
    const user = await requireApiUser({ event: slug });
    const batch = await body();
    const event = await doorEvent(slug);
    const results = await applyDoorOperations({ actor: user, eventId: event.id, operations: batch.operations });
    return NextResponse.json({ results, counts: await doorCounts(event.id) }, { headers: NO_STORE });
  });
}
