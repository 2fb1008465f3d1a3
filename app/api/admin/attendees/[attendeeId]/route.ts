import { NextResponse } from "next/server";
import { requireApiUser } from "@/lib/auth/require-user";
import { apiRoute } from "@/lib/http/api-route";
import { exportPersonalData } from "@/lib/personal-data/export-personal-data";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ attendeeId: string }> };

/** GET: everything held about one person, as a JSON file (the right of access); admins only. */
export async function GET(_request: Request, { params }: Context) {
  return apiRoute(async () => {
    const user = await requireApiUser({ role: "ADMIN" });
    const { attendeeId } = await params;
    const data = await exportPersonalData({ actor: user, attendeeId: attendeeId.slice(0, 100) });
    return NextResponse.json(data, {
      headers: { "Content-Disposition": `attachment; filename="donnees-personnelles_${attendeeId.slice(0, 40).replace(/[^\w-]/g, "")}.json"`, "Cache-Control": "no-store" },
    });
  });
}
