import { NextResponse } from "next/server";
import { AppError } from "@/lib/errors";
import { apiRoute } from "@/lib/http/api-route";
import { getEvent } from "@/lib/events/get-event";
import { eventDetailJson } from "@/lib/events/contract";
import { slugSchema } from "@/lib/events/schema";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return apiRoute(async () => {
    const slug = slugSchema.safeParse((await params).slug);
    const event = slug.success ? await getEvent(slug.data) : null;
    if (!event) throw new AppError("NO_SUCH_EVENT");
    return NextResponse.json(eventDetailJson(event));
  });
}
