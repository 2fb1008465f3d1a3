import { attendeeActor } from "@/lib/audit/actor";
import { NextResponse } from "next/server";
import { AppError } from "@/lib/errors";
import { apiRoute } from "@/lib/http/api-route";
import { respondToOffer } from "@/lib/registrations/respond-to-offer";
import { offerAnswerSchema } from "@/lib/registrations/schema";

/** POST /api/registrations/<token>/offer/accept | decline, body { "event": "<slug>" }. */
export async function POST(request: Request, { params }: { params: Promise<{ token: string; answer: string }> }) {
  return apiRoute({ request, schema: offerAnswerSchema }, async (body) => {
    const { token, answer } = await params;
    if (answer !== "accept" && answer !== "decline") throw new AppError("UNKNOWN_OFFER_ANSWER");
    const input = await body();
    const result = await respondToOffer({ actor: attendeeActor(token), event: input.event, accept: answer === "accept" });
    return NextResponse.json({ event: result.event.slug, status: result.status });
  });
}
