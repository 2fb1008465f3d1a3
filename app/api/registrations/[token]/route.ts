import { attendeeActor } from "@/lib/audit/actor";
import { NextResponse } from "next/server";
import { readJsonBody } from "@/lib/http/json-body";
import { cancelRegistrations } from "@/lib/registrations/cancel-registrations";
import { getManageView } from "@/lib/registrations/get-manage-view";
import { errorResponse, validationErrorResponse } from "@/lib/http/error-response";
import { manageViewJson } from "@/lib/registrations/registration-json";
import { attendeeUpdateSchema, cancellationSchema } from "@/lib/registrations/schema";
import { updateAttendee } from "@/lib/registrations/update-attendee";

type Context = { params: Promise<{ token: string }> };

export async function GET(_request: Request, { params }: Context) {
  const { token } = await params;
  try {
    return NextResponse.json(manageViewJson(await getManageView({ token })));
  } catch (error) {
    return errorResponse(error);
  }
}

export async function PATCH(request: Request, { params }: Context) {
  const { token } = await params;
  const body = await readJsonBody(request);
  if (!body.ok) return body.response;
  const update = attendeeUpdateSchema.safeParse(body.value);
  if (!update.success) return validationErrorResponse(update.error);
  try {
    await updateAttendee({ actor: attendeeActor(token), update: update.data });
    return NextResponse.json(manageViewJson(await getManageView({ token })));
  } catch (error) {
    return errorResponse(error);
  }
}

export async function DELETE(request: Request, { params }: Context) {
  const { token } = await params;
  const body = await readJsonBody(request, { optional: true });
  if (!body.ok) return body.response;
  const cancellation = cancellationSchema.safeParse(body.value);
  if (!cancellation.success) return validationErrorResponse(cancellation.error);
  try {
    const { cancelled } = await cancelRegistrations({ actor: attendeeActor(token), events: cancellation.data.events });
    return NextResponse.json({ cancelled: cancelled.map((registration) => registration.event.slug) });
  } catch (error) {
    return errorResponse(error);
  }
}
