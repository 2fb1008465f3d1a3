import { NextResponse } from "next/server";
import { listEditionEvents } from "@/lib/editions/list-edition-events";
import { eventsQuerySchema } from "@/lib/editions/schema";
import { eventJson } from "@/lib/events/contract";
import { parseInput } from "@/lib/field-errors";
import { apiRoute } from "@/lib/http/api-route";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  return apiRoute(async () => {
    const query = parseInput(eventsQuerySchema, Object.fromEntries(new URL(request.url).searchParams));
    const { edition, events } = await listEditionEvents({ edition: query.edition });
    return NextResponse.json({ edition, events: events.map(eventJson) });
  });
}
