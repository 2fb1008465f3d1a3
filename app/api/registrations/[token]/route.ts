import { attendeeActor } from "@/lib/audit/actor";
import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/http/api-route";
import { cancelRegistrations } from "@/lib/registrations/cancel-registrations";
import { getManageView } from "@/lib/registrations/get-manage-view";
import { manageViewJson } from "@/lib/registrations/registration-json";
import { attendeeApiUpdateSchema, cancellationSchema } from "@/lib/registrations/schema";
import { updateAnswers } from "@/lib/registrations/update-answers";
import { updateAttendee } from "@/lib/registrations/update-attendee";

type Context = { params: Promise<{ token: string }> };

export async function GET(_request: Request, { params }: Context) {
  return apiRoute(async () => {
    const { token } = await params;
    return NextResponse.json(manageViewJson(await getManageView({ token })));
  });
}

export async function PATCH(request: Request, { params }: Context) {
  return apiRoute({ request, schema: attendeeApiUpdateSchema }, async (body) => {
    const { token } = await params;
    const { answers = {}, ...update } = await body();
    await updateAttendee({ actor: attendeeActor(token), update });
    for (const [event, dayAnswers] of Object.entries(answers)) await updateAnswers({ actor: attendeeActor(token), event, answers: dayAnswers });
    return NextResponse.json(manageViewJson(await getManageView({ token })));
  });
}

export async function DELETE(request: Request, { params }: Context) {
  return apiRoute({ request, schema: cancellationSchema, optional: true }, async (body) => {
    const { token } = await params;
    const cancellation = await body();
    const { cancelled } = await cancelRegistrations({ actor: attendeeActor(token), events: cancellation.events });
    return NextResponse.json({ cancelled: cancelled.map((registration) => registration.event.slug) });
  });
}
