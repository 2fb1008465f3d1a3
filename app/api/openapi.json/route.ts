import { NextResponse } from "next/server";
import { openApiDocument } from "@/lib/api/openapi";
import { apiRoute } from "@/lib/http/api-route";

export function GET() {
  return apiRoute(async () => NextResponse.json(openApiDocument()));
}
