import "server-only";
import type { BackOfficeActor } from "../audit/actor";
import { recordAudit } from "../audit/record-audit";
import { toParisIsoLocal } from "../dates";
import { db } from "../db/client";
import { inTransaction, isUniqueViolation } from "../db/transaction";
import type { Edition } from "../db/models";
import { AppError } from "../errors";
import { applyCapacity } from "../registrations/change-capacity";
import { checkSlugsFree } from "./internal/free-slugs";
import type { PrepareNextEditionInput } from "./schema";
import { daysBetween, shiftByDays } from "./shift-days";

const parisDate = (date: Date) => toParisIsoLocal(date).slice(0, 10);

/**
 * « Préparer l'édition suivante »: a draft copy of an edition, for the admins to edit and publish.
 * Copied: the series' texts and networks, each day with its settings (its title, date, address, city, venue
 * and host as given; its hours, registration window, security-list cut-off, questionnaire closing and
 * reserved places' release moved with it), its places and reserved places, its registration and
 * questionnaire questions (with their choices, archived ones left out), its certificate settings,
 * its programme (times moved with the day) and its speakers (the same records, each to be confirmed
 * again). Nothing personal: no registration, answer, waiting list, check-in, invitation, message,
 * email, questionnaire response, security list, programme change to announce or journal entry of
 * the source comes along; nor its documents (files) nor its organisers' access.
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
            events: {
              orderBy: [{ startsAt: "asc" }, { slug: "asc" }],
              include: {
                programme: { include: { speakers: true } },
                questions: { where: { archivedAt: null }, include: { choices: { where: { archivedAt: null } } } },
              },
            },
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
          id, slug, programme, questions, capacity, startsAt, endsAt, registrationOpensAt, registrationClosesAt, securityListCutoffAt,
          kind, region, summary, address, retentionMonths, waitlistMode, offerHours, emailConfirmationHours, replyTo,
          reminderDaysBefore, certificateSignatoryName, certificateSignatoryTitle,
          certificatesByEmail, certificatesEmailTime, questionnaireEnabled, questionnaireClosesAt, reservedPlaces, reservedReleaseAt,
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
              questionnaireEnabled, questionnaireClosesAt: questionnaireClosesAt && shift(questionnaireClosesAt),
              // Within the capacity given just below (the source's, which holds them).
              reservedPlaces, reservedReleaseAt: reservedReleaseAt && shift(reservedReleaseAt),
              questions: {
                create: questions.map(({ purpose, key, type, label, help, required, sensitive, position, choices }) => ({
                  purpose, key, type, label, help, required, sensitive, position,
                  choices: { create: choices.map((choice) => ({ key: choice.key, label: choice.label, position: choice.position })) },
                })),
              },
            },
          });
          await recordAudit(tx, actor, {
            action: "event.created",
            entityType: "Event",
            entityId: created.id,
            eventId: created.id,
            after: { title: created.title, slug: created.slug, startsAt: created.startsAt.toISOString(), copiedFrom: slug, edition: edition.slug, questions: questions.length },
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
    // Another admin took an address in the meantime (committed, or there would be no clash): say which.
    if (isUniqueViolation(error)) await checkSlugsFree(db, input);
    throw error;
  }
}
