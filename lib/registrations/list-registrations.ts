import "server-only";
import { db, dialect } from "../db/client";
import type { Prisma } from "../db/models";
import { LIST_PAGE_SIZE, type ListQuery } from "./list-query";

export const listedRegistration = {
  checkIn: { select: { checkedInAt: true } },
  answers: { select: { questionId: true, value: true } },
  attendee: {
    select: {
      firstName: true, lastName: true, email: true, organisation: true, organisationType: true, jobTitle: true, role: true, phone: true,
      dietaryNeeds: true, accessibilityNeeds: true,
    },
  },
} satisfies Prisma.RegistrationInclude;

export type ListedRegistration = Prisma.RegistrationGetPayload<{ include: typeof listedRegistration }>;

/** The registrations of an event that a list's filters keep (shared by the page and the exports). */
export function registrationWhere(eventId: string, query: ListQuery): Prisma.RegistrationWhereInput {
  const search = query.q
    ? { OR: (["lastName", "firstName", "email", "organisation"] as const).map((field) => ({ attendee: { [field]: dialect.containsText(query.q!) } })) }
    : {};
  return {
    eventId,
    ...(query.statut.length > 0 ? { status: { in: query.statut } } : {}),
    ...search,
    ...(query.dejeuner ? { lunch: query.dejeuner === "oui" } : {}),
    ...(query.present ? { checkIn: query.present === "oui" ? { isNot: null } : { is: null } } : {}),
    ...(query.reponse.length > 0 ? { AND: query.reponse.map(answerFilter) } : {}),
    attendee: {
      ...(query.type ? { organisationType: query.type } : {}),
      ...(query.role ? { role: query.role } : {}),
      ...(query.besoins === "regime" ? { dietaryNeeds: { not: "" } } : {}),
      ...(query.besoins === "accessibilite" ? { accessibilityNeeds: { not: "" } } : {}),
    },
  };
}

/**
 * « <question key>:<choice key> »: the registrations whose answer holds that choice (a stored
 * choice key is quoted, so « "key" » matches it alone), or yes/no. Sensitive questions are never
 * filtered on: organisers would learn them from who is listed.
 */
function answerFilter(filter: string): Prisma.RegistrationWhereInput {
  const [key, choice] = filter.split(":");
  const question = { key, sensitive: false };
  const yesNo = choice === "oui" || choice === "non" ? [{ question: { ...question, type: "YES_NO" as const }, value: String(choice === "oui") }] : [];
  return {
    answers: {
      some: { OR: [{ question: { ...question, type: { in: ["SINGLE_CHOICE" as const, "MULTIPLE_CHOICE" as const] } }, value: { contains: JSON.stringify(choice) } }, ...yesNo] },
    },
  };
}

/** The list's order, always ending with the id so that pages never overlap. */
export function registrationOrder(query: ListQuery): Prisma.RegistrationOrderByWithRelationInput[] {
  const direction = query.ordre;
  const byName = [{ attendee: { nameKey: direction } }];
  const first = {
    nom: byName,
    organisation: [{ attendee: { organisation: direction } }, ...byName],
    date: [{ createdAt: direction }],
    statut: [{ status: direction }, ...byName],
  }[query.tri];
  return [...first, { id: "asc" }];
}

/** One page of an event's registrations, filtered and sorted as the URL says, with the total. */
export async function listRegistrations({ eventId, query }: { eventId: string; query: ListQuery }) {
  const where = registrationWhere(eventId, query);
  const [rows, total] = await Promise.all([
    db.registration.findMany({
      where,
      include: listedRegistration,
      orderBy: registrationOrder(query),
      skip: (query.page - 1) * LIST_PAGE_SIZE,
      take: LIST_PAGE_SIZE,
    }),
    db.registration.count({ where }),
  ]);
  return { rows, total, pages: Math.max(1, Math.ceil(total / LIST_PAGE_SIZE)) };
}

/** Every registration the filters keep, in order, fetched in batches: an export of 10,000 rows never holds them all. */
export async function* streamRegistrations({ eventId, query, batch = 500 }: { eventId: string; query: ListQuery; batch?: number }): AsyncGenerator<ListedRegistration> {
  const where = registrationWhere(eventId, query);
  const orderBy = registrationOrder(query);
  for (let skip = 0; ; skip += batch) {
    const rows = await db.registration.findMany({ where, include: listedRegistration, orderBy, skip, take: batch });
    yield* rows;
    if (rows.length < batch) return;
  }
}
