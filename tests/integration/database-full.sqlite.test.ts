import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "../../lib/db/client";
import { log } from "../../lib/log";
import { UNAVAILABLE_MESSAGE } from "../../lib/http/unavailable-answer.mjs";
import { seedDatabase } from "../../prisma/seed";
import { person } from "../support/people";
import { POST as register } from "../../app/api/registrations/route";
import { GET as events } from "../../app/api/events/route";

const registration = (n: number) =>
  register(new Request("http://localhost/api/registrations", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(person(n, ["journee-nationale"])) }));

describe("an SQLite database on a full disk", () => {
  beforeAll(() => seedDatabase(db));

  it("answers a registration 503 with Retry-After, saves nothing, keeps serving reads, logs it once, and registers again once there is room", async () => {
    const errors: unknown[] = [];
    vi.mocked(log.error).mockImplementation((...args: unknown[]) => void errors.push(args));
    const [{ page_count: pages }] = await db.$queryRawUnsafe<{ page_count: bigint }[]>("PRAGMA page_count");
    // No page may be added to the file: the SQLITE_FULL of a full disk.
    await db.$queryRawUnsafe(`PRAGMA max_page_count = ${pages}`);
    const before = await db.registration.count();

    for (let n = 1; n <= 3; n++) {
      const response = await registration(n);
      expect(response.status).toBe(503);
      expect(response.headers.get("Retry-After")).toBe("5");
      expect(await response.json()).toEqual({ error: UNAVAILABLE_MESSAGE, code: "UNAVAILABLE" });
    }
    expect(await db.registration.count()).toBe(before);
    expect((await events(new Request("http://localhost/api/events"))).status).toBe(200);
    expect(errors).toEqual([[expect.objectContaining({ area: "database" }), expect.stringContaining("database refuses writes")]]);

    await db.$queryRawUnsafe("PRAGMA max_page_count = 1073741823");
    expect((await registration(4)).status).toBe(201);
  });
});
