import { NextResponse } from "next/server";
import { listEvents } from "@/lib/events/list-events";
import { eventJson } from "@/lib/events/contract";
import { apiRoute } from "@/lib/http/api-route";

export const dynamic = "force-dynamic";

export async function GET() {
  return apiRoute(async () => {
    const events = await listEvents();
    return NextResponse.json({ events: events.map(eventJson) });
  });
}
