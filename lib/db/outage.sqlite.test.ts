import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { recordingLog, UNAVAILABLE } from "../../tests/support/outage";
import { createDbClient } from "./create-client";
import { guardAgainstOutage } from "./outage";
describe("an SQLite file that cannot be opened", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "rencontres-outage-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("answers 503 (SQLITE_CANTOPEN: the path is a folder)", async () => {
    const { client, monitor } = guardAgainstOutage(createDbClient(`file:${dir}`), { log: recordingLog() });
    await expect(client.$queryRawUnsafe("SELECT 1")).rejects.toMatchObject(UNAVAILABLE);
    expect(monitor.unreachableSince).not.toBeNull();
    await client.$disconnect();
  });
});
