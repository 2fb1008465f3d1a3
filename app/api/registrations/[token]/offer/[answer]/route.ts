import { attendeeActor } from "@/lib/audit/actor";
import { NextResponse } from "next/server";
import { readJsonBody } from "@/lib/http/json-body";
import { errorResponse, validationErrorResponse } from "@/lib/http/error-response";
import { respondToOffer } from "@/lib/registrations/respond-to-offer";
import { offerAnswerSchema } from "@/lib/registrations/schema";

/** POST /api/registrations/<token>/offer/accept | decline, body { "event": "<slug>" }. */
export async function POST(request: Request, { params }: { params: Promise<{ token: string; answer: string }> }) {
  const { token, answer } = await params;
  if (answer !== "accept" && answer !== "decline") {
    return NextResponse.json({ error: "Réponse inconnue : utilisez accept ou decline." }, { status: 404 });
  }
  const body = await readJsonBody(request);
  if (!body.ok) return body.response;
  const input = offerAnswerSchema.safeParse(body.value);
  if (!input.success) return validationErrorResponse(input.error);
  try {
    const result = await respondToOffer({ actor: attendeeActor(token), event: input.data.event, accept: answer === "accept" });
    return NextResponse.json({ event: result.event.slug, status: result.status });
  } catch (error) {
    return errorResponse(error);
  }
}
