import { NextResponse } from "next/server";
import { getEvent } from "@/lib/events/get-event";
import { eventDetailJson } from "@/lib/events/contract";
import { slugSchema } from "@/lib/events/schema";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const slug = slugSchema.safeParse((await params).slug);
  const event = slug.success ? await getEvent(slug.data) : null;
  if (!event) return NextResponse.json({ error: "Événement introuvable." }, { status: 404 });
  return NextResponse.json(eventDetailJson(event));
}
