import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/http/api-route";
import { databaseHealth } from "@/lib/http/database-health";
import { RETRY_AFTER_SECONDS } from "@/lib/http/unavailable-answer.mjs";

export const dynamic = "force-dynamic";

/**
 * For a load balancer: 200 while the database answers, 503 with Retry-After while it does not.
 * It is also the benchmark's empty-handler baseline: the database is probed at most once a second
 * for all requests, so a health request normally touches no database.
 */
export async function GET() {
  return apiRoute(async () => {
    if ((await databaseHealth()) === "ok") return NextResponse.json({ status: "ok", database: "ok" });
    return NextResponse.json(
      { status: "unavailable", database: "unreachable" },
      { status: 503, headers: { "Retry-After": String(RETRY_AFTER_SECONDS), "Cache-Control": "no-store" } },
    );
  });
}
