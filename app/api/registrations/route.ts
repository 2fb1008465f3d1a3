import { NextResponse } from "next/server";
import { clientAddress } from "@/lib/http/client-address";
import { readJsonBody } from "@/lib/http/json-body";
import { limitRegistration } from "@/lib/limits/rate-limits";
import { createRegistrations } from "@/lib/registrations/create-registrations";
import { errorResponse, validationErrorResponse } from "@/lib/http/error-response";
import { registrationInputSchema } from "@/lib/registrations/schema";

export async function POST(request: Request) {
  const body = await readJsonBody(request);
  if (!body.ok) return body.response;
  const input = registrationInputSchema.safeParse(body.value);
  if (!input.success) return validationErrorResponse(input.error);
  try {
    await limitRegistration({ address: clientAddress(request.headers), email: input.data.email });
    const result = await createRegistrations({ input: input.data });
    return NextResponse.json(
      {
        registrations: result.registrations.map(({ event, status, waitlistPosition }) => ({
          event: event.slug,
          status,
          ...(waitlistPosition !== null ? { waitlistPosition } : {}),
        })),
        ...(result.manageToken ? { manageToken: result.manageToken } : {}),
      },
      { status: 201 },
    );
  } catch (error) {
    return errorResponse(error);
  }
}
