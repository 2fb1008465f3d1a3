import { createRegistrations } from "../../lib/registrations/create-registrations";

/** A submission with an address the test knows to be new: its result with the attendee and the manage token. */
export async function registerNew(...args: Parameters<typeof createRegistrations>) {
  const result = await createRegistrations(...args);
  if (result.outcome !== "REGISTERED") throw new Error(`Expected a new address to be registered, got ${result.outcome}`);
  return result;
}

/** The token of the last « add these days » link emailed to an address, as its owner would find it in the message. */
export async function lastJoinToken(email: string): Promise<string> {
  const { db } = await import("../../lib/db/client");
  const { composeEmail } = await import("../../lib/mail/compose-email");
  const row = await db.outboxEmail.findFirst({ where: { kind: "JOIN_LINK", attendee: { email } }, orderBy: { createdAt: "desc" } });
  if (!row) throw new Error(`No join link emailed to ${email}`);
  return linkToken((await composeEmail(row.id)).text, "ajouter");
}

/** The token of the app's link `/inscription/<path>/<token>` in an email's plain text. */
export function linkToken(text: string, path: "ajouter" | "gerer" | "confirmer-adresse"): string {
  const match = new RegExp(`/inscription/${path}/([A-Za-z0-9_.-]+)`).exec(text);
  if (!match) throw new Error(`No /inscription/${path}/ link in:\n${text}`);
  return match[1].replace(/\.+$/, "");
}
