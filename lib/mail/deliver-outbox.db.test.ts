import { describe, expect, it, vi } from "vitest";
import { db } from "../db/client";
import { log } from "../log";
import { person } from "../../tests/support/people";
import { withSeededDatabaseAndSmtp } from "../../tests/support/mail-test-setup";
import { calendarIn, linksIn, manageTokenIn, qrCodeIn } from "../../tests/support/emails";
import { createRegistrations } from "../registrations/create-registrations";
import { getManageView } from "../registrations/get-manage-view";
import { deliverOutbox } from "./deliver-outbox";
import { MAX_ATTEMPTS } from "./backoff";
import { LEASE_MS } from "./claim-emails";

const NOW = new Date("2030-02-01T10:00:00Z");
const later = (ms: number) => new Date(Date.now() + ms);
let n = 0;

const smtp = withSeededDatabaseAndSmtp();

const register = (events: string[]) => createRegistrations({ input: person(++n, events), now: NOW });
const received = (to: string) => smtp.messages.filter((mail) => mail.to && "text" in mail.to && mail.to.text === to);

describe("the confirmation email", () => {
  it("is sent in French with the manage link, a Paris calendar and a QR ticket", async () => {
    await db.event.update({ where: { slug: "journee-nationale" }, data: { replyTo: "organisation@rencontres.example.fr" } });
    const { registrations } = await register(["journee-nationale"]);
    const report = await deliverOutbox({ smtpUrl: smtp.url });
    expect(report).toMatchObject({ sent: 1, failed: 0 });

    const [mail] = received(`personne${n}@collectivite.example.fr`);
    expect(mail.subject).toBe("Inscription confirmée : Journée nationale (26 juin 2030)");
    expect(mail.from?.text).toContain("Rencontres ESS");
    expect(mail.replyTo?.text).toBe("organisation@rencontres.example.fr");
    expect(mail.messageId).toMatch(/@localhost>$/);
    // The address is not proven yet: nothing the submitter typed (the first name "Awa") is repeated.
    expect(mail.text).toContain("Bonjour,");
    expect(mail.text).not.toContain("Awa");
    expect(mail.text).toContain("Assemblée nationale, salle Victor Hugo");
    expect(mail.text).toContain("Clôture de la journée");
    expect(mail.text).not.toContain("<!--");

    const view = await getManageView({ token: manageTokenIn(mail) });
    expect(view.registrations[0].status).toBe("CONFIRMED");

    const calendar = calendarIn(mail);
    expect(calendar).toMatchObject({ timezone: "Europe/Paris", localStart: "2030-06-26T09:30:00", summary: "Journée nationale", method: "PUBLISH" });
    expect(calendar.startsAt.toISOString()).toBe("2030-06-26T07:30:00.000Z");
    const { ticketCode } = await db.registration.findUniqueOrThrow({ where: { id: registrations[0].registrationId } });
    expect(ticketCode).toMatch(/^[2-9A-HJKMNP-Z]{8}$/);
    expect(qrCodeIn(mail)).toBe(ticketCode);
    expect(mail.text).toContain(`${ticketCode!.slice(0, 4)}-${ticketCode!.slice(4)}`);

    const row = await db.outboxEmail.findFirstOrThrow({ where: { registrationId: registrations[0].registrationId } });
    expect(row).toMatchObject({ status: "SENT", attempts: 1, lastError: null });
    expect(row.messageId).toBe(mail.messageId);
  });
});

describe("the other messages", () => {
  it("send an address that registers again one link that adds the day, and neither its manage link nor what it holds", async () => {
    await register(["journee-nationale"]);
    const again = person(n, ["rennes"]);
    for (let attempt = 0; attempt < 3; attempt++) {
      await expect(createRegistrations({ input: again, now: NOW })).resolves.toMatchObject({ outcome: "CHECK_MAILBOX" });
    }
    await deliverOutbox({ smtpUrl: smtp.url });
    const links = received(again.email).filter((mail) => mail.subject === "Confirmez votre demande d'inscription");
    expect(links).toHaveLength(1);
    expect(links[0].text).toContain("Journée régionale de Rennes");
    expect(links[0].text).not.toContain("Journée nationale");
    expect(links[0].text).not.toContain("/inscription/gerer/");
    expect(linksIn(links[0]).some((url) => url.includes("/inscription/ajouter/"))).toBe(true);
  });

  it("tell a person on the waiting list their position", async () => {
    const rennes = await db.event.findUniqueOrThrow({ where: { slug: "rennes" } });
    await db.event.update({ where: { id: rennes.id }, data: { capacity: 0 } });
    await register(["rennes"]);
    await deliverOutbox({ smtpUrl: smtp.url });
    const [mail] = received(`personne${n}@collectivite.example.fr`);
    expect(mail.subject).toBe("Liste d'attente : Journée régionale de Rennes");
    expect(mail.text).toMatch(/position 1/);
    await db.event.update({ where: { id: rennes.id }, data: { capacity: rennes.capacity } });
  });
});

describe("delivery that survives outages", () => {
  it("loses none of 50 confirmations during an SMTP outage and sends each once when it is back", async () => {
    const before = smtp.messages.length;
    await smtp.down();
    const results = await Promise.all(Array.from({ length: 50 }, () => register(["nancy"])));
    expect(results.every((result) => result.registrations[0].status === "CONFIRMED")).toBe(true);

    const warned = vi.spyOn(log, "warn");
    const duringOutage = await deliverOutbox({ smtpUrl: smtp.url });
    expect(duringOutage).toMatchObject({ sent: 0, retrying: 50 });
    // One line for the round, with the cause and no address.
    expect(warned.mock.calls).toEqual([[{ area: "mail", retrying: 50, causes: [expect.stringMatching(/^E[A-Z]+$/)] }, "emails not sent: each retried later"]]);
    warned.mockRestore();
    const retried = await db.outboxEmail.findMany({ where: { registration: { event: { slug: "nancy" } } } });
    expect(retried.every((email) => email.status === "PENDING" && email.lastError && email.nextAttemptAt > new Date())).toBe(true);

    await smtp.up();
    expect((await deliverOutbox({ smtpUrl: smtp.url })).sent).toBe(0); // still backing off
    expect((await deliverOutbox({ smtpUrl: smtp.url, now: later(3_600_000) })).sent).toBe(50);
    expect((await deliverOutbox({ smtpUrl: smtp.url, now: later(3_600_000) })).sent).toBe(0);

    const fresh = smtp.messages.slice(before);
    expect(fresh).toHaveLength(50);
    expect(new Set(fresh.map((mail) => mail.messageId)).size).toBe(50);
    expect(new Set(fresh.map((mail) => mail.to && "text" in mail.to && mail.to.text)).size).toBe(50);
  });

  it("takes over the emails of a sender that died holding them, once their lease has passed", async () => {
    await register(["grenoble"]);
    const { claimDueEmails } = await import("./claim-emails");
    const claimed = await claimDueEmails(new Date(), 20); // the sender dies right after this
    expect(claimed).toHaveLength(1);
    expect((await deliverOutbox({ smtpUrl: smtp.url })).sent).toBe(0);
    expect((await deliverOutbox({ smtpUrl: smtp.url, now: later(LEASE_MS + 1000) })).sent).toBe(1);
  });

  it("gives up after the last attempt and keeps the email with its error", async () => {
    await register(["bordeaux"]);
    await smtp.down();
    const warned = vi.spyOn(log, "warn");
    let report;
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      report = await deliverOutbox({ smtpUrl: smtp.url, now: later(attempt * 3 * 3_600_000) });
    }
    await smtp.up();
    expect(report).toMatchObject({ failed: 1 });
    const failed = await db.outboxEmail.findFirstOrThrow({ where: { registration: { event: { slug: "bordeaux" } } } });
    expect(failed).toMatchObject({ status: "FAILED", attempts: MAX_ATTEMPTS });
    expect(failed.lastError).toMatch(/ECONNREFUSED|connect/i);
    // Each round said it would retry, the last one that it gave up: by id, kind and cause, never the address.
    const lines = warned.mock.calls;
    warned.mockRestore();
    expect(lines).toHaveLength(MAX_ATTEMPTS);
    expect(lines.at(-1)).toEqual([{ area: "mail", emailId: failed.id, kind: failed.kind, attempts: MAX_ATTEMPTS, cause: expect.stringMatching(/^E[A-Z]+$/) }, "email given up after its last attempt: kept as FAILED with its error"]);
    expect(JSON.stringify(lines)).not.toContain("@");
  });
});

describe("captured mail", () => {
  it("keeps the rendered message for the local mailbox when no SMTP server is configured", async () => {
    await register(["rennes"]);
    expect(await deliverOutbox({ smtpUrl: null })).toMatchObject({ captured: 1 });
    const captured = await db.outboxEmail.findFirstOrThrow({ where: { status: "CAPTURED" } });
    expect(captured.subject).toContain("Journée régionale de Rennes");
    expect(captured.htmlBody).toContain("<html");
    expect(captured.textBody).toContain("/inscription/gerer/");
  });
});
