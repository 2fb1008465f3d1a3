import type { AttendeeView, EventView } from "../email-content";
import { PREVIEW_FIRST_NAME, PREVIEW_MANAGE_URL, PREVIEW_NATIONAL_DAY, PREVIEW_PROGRAMME } from "../../../emails/preview-data";

// The composers' previews tell the story of emails/preview-data.ts: Awa, at the national day of 2027.

export const PREVIEW_ATTENDEE: AttendeeView = { firstName: PREVIEW_FIRST_NAME, manageUrl: PREVIEW_MANAGE_URL };

export const PREVIEW_EVENT: EventView = {
  shown: PREVIEW_NATIONAL_DAY,
  programme: PREVIEW_PROGRAMME,
  shortDate: "26 juin 2027",
  slug: "journee-nationale",
  replyTo: null,
  calendar: {
    id: "exemple",
    title: PREVIEW_NATIONAL_DAY.title,
    summary: "Les Rencontres nationales de l'économie sociale et solidaire.",
    startsAt: new Date("2027-06-26T07:30:00Z"),
    endsAt: new Date("2027-06-26T15:00:00Z"),
    venue: PREVIEW_NATIONAL_DAY.venue,
    address: PREVIEW_NATIONAL_DAY.address,
    city: PREVIEW_NATIONAL_DAY.city,
    calendarSequence: 0,
  },
};

/** « 7KQ4-XM2P » as stored. */
export const PREVIEW_TICKET_CODE = "7KQ4XM2P";
