import { NextResponse } from "next/server";
import { requireApiUser } from "@/lib/auth/require-user";
import { applyDoorOperations } from "@/lib/checkin/apply-door-operations";
import { doorCounts } from "@/lib/checkin/door-counts";
import { doorEvent, doorRoster } from "@/lib/checkin/door-roster";
import { checkInBatchSchema } from "@/lib/checkin/schema";
import { slugSchema } from "@/lib/events/schema";
import { errorResponse, validationErrorResponse } from "@/lib/http/error-response";
import { readJsonBody } from "@/lib/http/json-body";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ slug: string }> };

const NO_STORE = { "Cache-Control": "no-store" };

const eventSlug = async (params: Context["params"]) => {
  const slug = slugSchema.safeParse((await params).slug);
  return slug.success ? slug.data : "";
};

/** GET: the door's roster and counts (the phone keeps them to work while the network is down). */
export async function GET(_request: Request, { params }: Context) {
  try {
    const slug = await eventSlug(params);
    await requireApiUser({ event: slug });
    return NextResponse.json(await doorRoster((await doorEvent(slug)).id), { headers: NO_STORE });
  } catch (error) {
    return errorResponse(error);
  }
}

/** POST { operations }: the door's taps (check-ins and undos), in order, each applied once. */
export async function POST(request: Request, { params }: Context) {
  try {
    const slug = await eventSlug(params);
    const user = await requireApiUser({ event: slug });
    const body = await readJsonBody(request, { maxBytes: 64 * 1024 });
    if (!body.ok) return body.response;
    const batch = checkInBatchSchema.safeParse(body.value);
    if (!batch.success) return validationErrorResponse(batch.error);
    const event = await doorEvent(slug);
    const results = await applyDoorOperations({ actor: user, eventId: event.id, operations: batch.data.operations });
    return NextResponse.json({ results, counts: await doorCounts(event.id) }, { headers: NO_STORE });
  } catch (error) {
    return errorResponse(error);
  }
}
