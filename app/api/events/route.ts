import { NextResponse } from "next/server";
import { listEvents } from "@/lib/events/list-events";
import { eventJson } from "@/lib/events/contract";

export const dynamic = "force-dynamic";

export async function GET() {
  const events = await listEvents();
  return NextResponse.json({ events: events.map(eventJson) });
}
