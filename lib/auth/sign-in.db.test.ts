import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { db } from "../db/client";
import { deliverOutbox } from "../mail/deliver-outbox";
import { withSeededDatabaseAndSmtp } from "../../tests/support/mail-test-setup";
import { linksIn } from "../../tests/support/emails";
import { testAdmin } from "../../tests/support/actors";
import { prismaAdapter } from "./adapter";
import { inviteUser } from "./invite-user";
import { requestSignInLink } from "./request-sign-in-link";
import { resendInvitation } from "./resend-sign-in-link";
import { hashVerificationToken } from "./sign-in-token";

// next-auth's own hashing of an email token, as its callback recomputes it (not in its exports map).
const { hashToken } = createRequire(import.meta.url)("../../node_modules/next-auth/core/lib/utils.js") as {
  hashToken: (token: string, options: { provider: object; secret: string }) => string;
};

const smtp = withSeededDatabaseAndSmtp();
const adapter = prismaAdapter(db);
const deliver = () => deliverOutbox({ smtpUrl: smtp.url, now: new Date(Date.now() + 1000) });
const mailsTo = (email: string) => smtp.messages.filter((mail) => mail.to && !Array.isArray(mail.to) && mail.to.text === email);

/** The token of the sign-in link in the last email to an address. */
function tokenSentTo(email: string): string {
  const link = linksIn(mailsTo(email).at(-1)!).find((url) => url.includes("/api/auth/callback/email"));
  return new URL(link!).searchParams.get("token")!;
}

describe("sign-in links", () => {
  it("go only to known, active accounts; any other address gets nothing, and no token is kept", async () => {
    await db.user.create({ data: { email: "connue@example.fr", role: "ORGANISER" } });
    await db.user.create({ data: { email: "partie@example.fr", role: "ORGANISER", deactivatedAt: new Date() } });
    for (const email of ["inconnue@example.fr", "partie@example.fr", "connue@example.fr"]) await requestSignInLink({ email });
    await deliver();

    expect(mailsTo("inconnue@example.fr")).toHaveLength(0);
    expect(mailsTo("partie@example.fr")).toHaveLength(0);
    expect(await db.verificationToken.count({ where: { identifier: { in: ["inconnue@example.fr", "partie@example.fr"] } } })).toBe(0);
    const [mail] = mailsTo("connue@example.fr");
    expect(mail.subject).toBe("Votre lien de connexion aux Rencontres ESS");
    const link = new URL(linksIn(mail).find((url) => url.includes("/api/auth/callback/email"))!);
    expect(link.searchParams.get("email")).toBe("connue@example.fr");
    expect(link.searchParams.get("callbackUrl")).toMatch(/\/admin$/);
  });

  it("work once: the token next-auth checks is the one sent, and it is gone once used", async () => {
    await db.user.create({ data: { email: "une-fois@example.fr" } });
    const now = new Date();
    await requestSignInLink({ email: "une-fois@example.fr", now });
    await deliver();
    const token = tokenSentTo("une-fois@example.fr");
    const secret = process.env.AUTH_SECRET!;
    expect(hashVerificationToken(token)).toBe(hashToken(token, { provider: {}, secret }));

    const used = await adapter.useVerificationToken!({ identifier: "une-fois@example.fr", token: hashVerificationToken(token) });
    expect(used?.expires.getTime()).toBe(now.getTime() + 15 * 60_000);
    expect(await adapter.useVerificationToken!({ identifier: "une-fois@example.fr", token: hashVerificationToken(token) })).toBeNull();
    // Someone else's address with the right token opens nothing either.
    await requestSignInLink({ email: "une-fois@example.fr" });
    await deliver();
    expect(await adapter.useVerificationToken!({ identifier: "autre@example.fr", token: hashVerificationToken(tokenSentTo("une-fois@example.fr")) })).toBeNull();
  });

  it("are limited to three per account in fifteen minutes", async () => {
    await db.user.create({ data: { email: "presse@example.fr" } });
    const now = new Date();
    for (let n = 0; n < 5; n++) await requestSignInLink({ email: "presse@example.fr", now: new Date(now.getTime() + n * 1000) });
    expect(await db.outboxEmail.count({ where: { kind: "SIGN_IN_LINK", user: { email: "presse@example.fr" } } })).toBe(3);
    await requestSignInLink({ email: "presse@example.fr", now: new Date(now.getTime() + 16 * 60_000) });
    expect(await db.outboxEmail.count({ where: { kind: "SIGN_IN_LINK", user: { email: "presse@example.fr" } } })).toBe(4);
  });

  it("make an address of ADMIN_EMAILS an admin account at its first request", async () => {
    await requestSignInLink({ email: "premiere-admin@rencontres.example.fr" });
    const admin = await db.user.findUniqueOrThrow({ where: { email: "premiere-admin@rencontres.example.fr" } });
    expect(admin.role).toBe("ADMIN");
    expect(await db.auditEntry.count({ where: { entityId: admin.id, action: "user.invited", actorKind: "SYSTEM" } })).toBe(1);
  });

  it("invite a new organiser: the account, its events, an invitation naming the admin, an audit entry", async () => {
    const nancy = await db.event.findUniqueOrThrow({ where: { slug: "nancy" } });
    const user = await inviteUser({ actor: testAdmin, input: { email: "invitee@example.fr", name: "Camille Invitée", role: "ORGANISER", allEvents: false, eventIds: [nancy.id] } });
    await deliver();
    const [mail] = mailsTo("invitee@example.fr");
    expect(mail.subject).toBe("Votre accès à l'espace des organisateurs des Rencontres ESS");
    expect(mail.text).toContain(`${testAdmin.email} vous a ouvert un compte organisateur·rice`);
    expect(await db.organiserEvent.findMany({ where: { userId: user.id } })).toEqual([{ userId: user.id, eventId: nancy.id }]);
    expect(await db.auditEntry.findFirst({ where: { entityId: user.id } })).toMatchObject({ action: "user.invited", actorId: testAdmin.userId });
    await expect(inviteUser({ actor: testAdmin, input: { email: "invitee@example.fr", name: null, role: "ADMIN", allEvents: false, eventIds: [] } })).rejects.toMatchObject({
      code: "ACCOUNT_EXISTS",
      field: "email",
    });
  });

  it("never create an account through next-auth", async () => {
    await expect(adapter.createUser!({ email: "intrus@example.fr", emailVerified: new Date() } as never)).rejects.toThrow();
    expect(await adapter.getUserByEmail!("partie@example.fr")).toBeNull();
  });
});

describe("invitations sent again", () => {
  it("carry a fresh link, and go to active accounts only", async () => {
    const user = await db.user.create({ data: { email: "relance@example.fr" } });
    expect(await resendInvitation({ actor: testAdmin, userId: user.id })).toBe("relance@example.fr");
    await deliver();
    expect(mailsTo("relance@example.fr").at(-1)?.subject).toBe("Votre accès à l'espace des organisateurs des Rencontres ESS");
    await db.user.update({ where: { id: user.id }, data: { deactivatedAt: new Date() } });
    await expect(resendInvitation({ actor: testAdmin, userId: user.id })).rejects.toMatchObject({ code: "RECORD_NOT_FOUND" });
  });
});
