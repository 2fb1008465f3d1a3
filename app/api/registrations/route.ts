import { NextResponse } from "next/server";
import { toParisIso } from "@/lib/dates";
import { clientAddress } from "@/lib/http/client-address";
import { apiRoute } from "@/lib/http/api-route";
import { limitRegistration } from "@/lib/limits/rate-limits";
import { newcomerActor } from "@/lib/audit/actor";
import { createRegistrations } from "@/lib/registrations/create-registrations";
import { registrationInputSchema } from "@/lib/registrations/schema";

const CHECK_MAILBOX_MESSAGE =
  "Cette adresse email est déjà connue : rien n'a été modifié. Un email vient d'y être envoyé avec un lien pour confirmer la demande.";

export async function POST(request: Request) {
  return apiRoute({ request, schema: registrationInputSchema }, async (body) => {
    const input = await body();
    await limitRegistration({ address: clientAddress(request.headers), email: input.email });
    const result = await createRegistrations({ actor: newcomerActor(), input });
    if (result.outcome === "CHECK_MAILBOX") {
      // The same answer for every known address, whatever it holds: its owner decides by email.
      return NextResponse.json({ status: "CHECK_MAILBOX", message: CHECK_MAILBOX_MESSAGE }, { status: 202 });
    }
    return NextResponse.json(
      {
        registrations: result.registrations.map(({ event, status, waitlistPosition, holdExpiresAt }) => ({
          event: event.slug,
          status,
          ...(waitlistPosition !== null ? { waitlistPosition } : {}),
          ...(holdExpiresAt ? { confirmEmailBefore: toParisIso(holdExpiresAt) } : {}),
        })),
        manageToken: result.manageToken,
      },
      { status: 201 },
    );
  });
}
