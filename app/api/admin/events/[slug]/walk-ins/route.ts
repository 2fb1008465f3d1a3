import { NextResponse } from "next/server";
import { requireApiUser } from "@/lib/auth/require-user";
import { doorCounts } from "@/lib/checkin/door-counts";
import { doorEvent } from "@/lib/checkin/door-roster";
import { slugSchema } from "@/lib/events/schema";
import { errorResponse, validationErrorResponse } from "@/lib/http/error-response";
import { readJsonBody } from "@/lib/http/json-body";
import { addWalkIn } from "@/lib/registrations/add-walk-in";
import { walkInSchema } from "@/lib/registrations/schema";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ slug: string }> };

/** POST: a person registered at the door and let in (201), or the reason why not. */
export async function POST(request: Request, { params }: Context) {
  try {
    const slug = slugSchema.safeParse((await params).slug);
    const user = await requireApiUser({ event: slug.success ? slug.data : "" });
    const body = await readJsonBody(request);
    if (!body.ok) return body.response;
    const input = walkInSchema.safeParse(body.value);
    if (!input.success) return validationErrorResponse(input.error);
    const event = await doorEvent(slug.data!);
    const person = await addWalkIn({ actor: user, event, input: input.data });
    return NextResponse.json({ person, counts: await doorCounts(event.id) }, { status: 201, headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}
