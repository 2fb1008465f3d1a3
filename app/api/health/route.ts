import { NextResponse } from "next/server";

/** Liveness: the server answers. Touches nothing else (also the benchmark's empty-handler baseline). */
export function GET() {
  return NextResponse.json({ status: "ok" });
}
