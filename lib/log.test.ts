import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLog } from "./log";

describe("the app's log", () => {
  it("writes one JSON line per event and masks what could name a person", () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const log = createLog(sink);
    log.info({ area: "mail", emailId: "cm123", email: "zoe.loeuvre@example.fr", attendee: { email: "a@example.fr", token: "secret" } }, "email captured");
    expect(lines).toHaveLength(1);
    const entry = JSON.parse(lines[0]);
    expect(entry).toMatchObject({ app: "rencontres-ess", area: "mail", emailId: "cm123", msg: "email captured", level: 30 });
    expect(lines[0]).not.toContain("example.fr");
    expect(lines[0]).not.toContain("secret");
    expect(typeof entry.time).toBe("string");
  });
});
