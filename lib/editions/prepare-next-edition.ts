import "server-only";
import type { BackOfficeActor } from "../audit/actor";
import { recordAudit } from "../audit/record-audit";
import { toParisIsoLocal } from "../dates";
import { inTransaction, isUniqueViolation, type Tx } from "../db/transaction";
import type { Edition } from "../db/models";
import { AppError } from "../errors";
import { applyCapacity } from "../registrations/change-capacity";
import { dayFieldName, type PrepareNextEditionInput } from "./schema";
import { daysBetween, shiftByDays } from "./shift-days";

const parisDate = (date: Date) => toParisIsoLocal(date).slice(0, 10);

async function checkSlugsFree(tx: Tx, input: PrepareNextEditionInput): Promise<void> {
  if (await tx.edition.findUnique({ where: { slug: input.slug }, select: { id: true } })) throw new AppError("EDITION_SLUG_TAKEN", input.slug, "slug");
  const wanted = Object.entries(input.days);
  const taken = await tx.event.findMany({ where: { slug: { in: wanted.map(([, day]) => day.slug) } }, select: { slug: true } });
  for (const [index, [eventId, day]] of wanted.entries()) {
    const twice = wanted.findIndex(([, other]) => other.slug === day.slug) !== index;
    if (twice || taken.some((event) => event.slug === day.slug)) throw new AppError("SLUG_TAKEN", day.slug, dayFieldName(eventId, "slug"));
  }
}

/**
 * « Préparer l'édition suivante »: a draft copy of an edition, for the admins to edit and publish.
 * Copied: the series' texts and networks, each day with its settings (its title, date, address, city, venue
 * and host as given; its hours, registration window and security-list cut-off moved with it), its
 * places, its programme (times moved with the day) and its speakers (the same records, each to be
 * confirmed again). Nothing personal: no registration, waiting list, check-in, message, security
 * list, programme change to announce or journal entry of the source comes along.
 */
export async function prepareNextEdition({
  actor,
  editionId,
  input,
  now = new Date(),
}: {
  actor: BackOfficeActor;
  editionId: string;
  input: PrepareNextEditionInput;
  now?: Date;
}): Promise<Edition> {
  try {
    return await inTransaction(
      async (tx) => {
        const source = await tx.edition.findUnique({
          where: { id: editionId },
          include: {
            networks: { orderBy: { position: "asc" } },
            events: { orderBy: [{ startsAt: "asc" }, { slug: "asc" }], include: { programme: { include: { speakers: true } } } },
          },
        });
        if (!source) throw new AppError("RECORD_NOT_FOUND");
        const draft = await tx.edition.findFirst({ where: { status: "DRAFT" }, select: { slug: true } });
        if (draft) throw new AppError("EDITION_DRAFT_EXISTS", draft.slug);
        const given = Object.keys(input.days);
        if (given.length !== source.events.length || source.events.some((event) => !(event.id in input.days))) throw new AppError("EDITION_DAYS_MISMATCH");
        await checkSlugsFree(tx, input);

        const edition = await tx.edition.create({
          data: {
            slug: input.slug,
            title: input.title,
            theme: source.theme,
            context: source.context,
            footer: source.footer,
            contactEmail: source.contactEmail,
            status: "DRAFT",
            networks: { create: source.networks.map(({ acronym, name, url, position }) => ({ acronym, name, url, position })) },
          },
        });
        const days = [];
        for (const {
          id, slug, programme, capacity, startsAt, endsAt, registrationOpensAt, registrationClosesAt, securityListCutoffAt,
          kind, region, summary, address, retentionMonths, waitlistMode, offerHours, emailConfirmationHours, replyTo,
          reminderDaysBefore, certificateSignatoryName, certificateSignatoryTitle,
          certificatesByEmail, certificatesEmailTime,
        } of source.events) {
          const day = input.days[id];
          const shift = (date: Date) => shiftByDays(date, daysBetween(parisDate(startsAt), day.date));
          const created = await tx.event.create({
            data: {
              editionId: edition.id, slug: day.slug, title: day.title, status: "DRAFT", capacity: 0,
              city: day.city, venue: day.venue, host: day.host,
              startsAt: shift(startsAt), endsAt: shift(endsAt),
              registrationOpensAt: registrationOpensAt && shift(registrationOpensAt),
              registrationClosesAt: registrationClosesAt && shift(registrationClosesAt),
              securityListCutoffAt: securityListCutoffAt && shift(securityListCutoffAt),
              kind, region, summary, address, retentionMonths, waitlistMode, offerHours, emailConfirmationHours, replyTo,
              reminderDaysBefore, certificateSignatoryName, certificateSignatoryTitle,
              certificatesByEmail, certificatesEmailTime,
            },
          });
          await recordAudit(tx, actor, {
            action: "event.created",
            entityType: "Event",
            entityId: created.id,
            eventId: created.id,
            after: { title: created.title, slug: created.slug, startsAt: created.startsAt.toISOString(), copiedFrom: slug, edition: edition.slug },
          });
          await applyCapacity(tx, actor, created, capacity, now);
          for (const item of programme) {
            await tx.programmeItem.create({
              data: {
                eventId: created.id, kind: item.kind, position: item.position, title: item.title, description: item.description,
                startsAt: shift(item.startsAt), endsAt: item.endsAt && shift(item.endsAt),
                speakers: { create: item.speakers.map(({ speakerId, position }) => ({ speakerId, position, confirmed: false })) },
              },
            });
          }
          days.push({ from: slug, slug: created.slug, startsAt: created.startsAt.toISOString(), city: created.city });
        }
        await recordAudit(tx, actor, {
          action: "edition.prepared",
          entityType: "Edition",
          entityId: edition.id,
          after: { slug: edition.slug, title: edition.title, copiedFrom: source.slug, days },
        });
        return edition;
      },
      { maxAttempts: 1, timeoutMs: 60_000 },
    );
  } catch (error) {
    // Another admin took an address in the meantime.
    if (isUniqueViolation(error)) throw new AppError("EDITION_SLUG_TAKEN", input.slug, "slug");
    throw error;
  }
}
