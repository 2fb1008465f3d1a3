import { mkdtempSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { prepareDatabase } from "../../scripts/support/prepare-database";

const scratch = mkdtempSync(path.join(os.tmpdir(), "rencontres-data-files-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("the embedded database's files", () => {
  it("are readable by their owner only: the data folder and the SQLite file", async () => {
    const file = path.join(scratch, "data", "rencontres.db");
    await prepareDatabase(`file:${file}`, { year: 2030 });
    expect(statSync(path.dirname(file)).mode & 0o777).toBe(0o700);
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });
});
