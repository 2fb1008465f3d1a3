import { attendeeActor } from "@/lib/audit/actor";
import { downloadCertificate } from "@/lib/certificates/attendee-certificates";
import { apiRoute } from "@/lib/http/api-route";
import { consumeLimit, linkKey } from "@/lib/limits/rate-limits";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ token: string; slug: string }> };

/**
 * GET /api/registrations/<manage token>/certificates/<day>: the link owner's attendance certificate
 * of that day (PDF), once the day is over, if they were checked in within it; NO_CERTIFICATE (409)
 * for anything else, whoever's day it is. Each download makes the PDF again: 20 per link every
 * 10 minutes (429 with Retry-After beyond), so that one link cannot keep the server busy.
 */
export async function GET(_request: Request, { params }: Context) {
  return apiRoute(async () => {
    const { token, slug } = await params;
    await consumeLimit("certificate-link", linkKey(token));
    const { filename, pdf } = await downloadCertificate({ actor: attendeeActor(token), eventSlug: slug });
    return new Response(new Uint8Array(pdf), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Disposition": `attachment; filename="${filename}"`,
        "Cache-Control": "private, no-store",
        "X-Robots-Tag": "noindex",
      },
    });
  });
}
