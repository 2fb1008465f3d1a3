import "server-only";
import { db } from "../db/client";

const withEvents = { events: { include: { event: { select: { id: true, slug: true, title: true } } } } } as const;

/** Every back-office account: admins first, then by email. */
export function listUsers() {
  return db.user.findMany({ orderBy: [{ role: "asc" }, { email: "asc" }], include: withEvents });
}

export function getUser(id: string) {
  return db.user.findUnique({ where: { id }, include: withEvents });
}

export type UserWithEvents = NonNullable<Awaited<ReturnType<typeof getUser>>>;
