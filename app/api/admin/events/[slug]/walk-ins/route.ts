import { NextResponse } from "next/server";
import { requireApiUser } from "@/lib/auth/require-user";
import { doorCounts } from "@/lib/checkin/door-counts";
import { doorEvent } from "@/lib/checkin/door-roster";
import { slugSchema } from "@/lib/events/schema";
import { apiRoute } from "@/lib/http/api-route";
import { addWalkIn } from "@/lib/registrations/add-walk-in";
import { walkInSchema } from "@/lib/registrations/schema";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ slug: string }> };

const NO_STORE = { "Cache-Control": "no-store" };

/** What the door says about a known address not on the day's list: the same whatever it holds elsewhere. */
const CHECK_MAILBOX_MESSAGE =
  "Cette adresse est déjà connue. La personne reçoit un email pour confirmer elle-même son inscription à cette journée ; une fois confirmée, retrouvez-la dans la liste de l'accueil.";
const ON_LIST_MESSAGE = "Cette personne est déjà inscrite à cette journée : la voici telle que la liste de l'accueil la montre.";

/**
 * POST: a new person registered at the door and let in (201); a known address already on the day's
 * list (200, that registration); any other known address (202, one neutral answer); or why not.
 */
export async function POST(request: Request, { params }: Context) {
  return apiRoute({ request, schema: walkInSchema }, async (body) => {
    const slug = slugSchema.safeParse((await params).slug);
    const user = await requireApiUser({ event: slug.success ? slug.data : "" });
    const input = await body();
    const event = await doorEvent(slug.data!);
    const result = await addWalkIn({ actor: user, event, input });
    if (result.status === "CHECK_MAILBOX") return NextResponse.json({ status: result.status, message: CHECK_MAILBOX_MESSAGE }, { status: 202, headers: NO_STORE });
    const counts = await doorCounts(event.id);
    if (result.status === "ON_LIST") return NextResponse.json({ status: result.status, message: ON_LIST_MESSAGE, person: result.person, counts }, { headers: NO_STORE });
    return NextResponse.json({ status: result.status, person: result.person, counts }, { status: 201, headers: NO_STORE });
  });
}
