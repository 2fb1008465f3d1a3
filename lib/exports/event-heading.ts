import "server-only";
import { formatLongDate, formatTime } from "../dates";
import type { Event } from "../db/models";

/** « jeudi 29 juin 2028, de 9 h 30 à 17 h ». */
export const eventDateLine = (event: Event) => `${formatLongDate(event.startsAt)}, de ${formatTime(event.startsAt)} à ${formatTime(event.endsAt)}`;

/** « Assemblée nationale, salle Victor Hugo, 126 rue de l'Université, Paris ». */
export const eventPlace = (event: Event) => [event.venue, event.address, event.city].filter(Boolean).join(", ");

/** The lines under a printed document's title: which day, when, where. */
export const eventHeadingLines = (event: Event) => [event.title, eventDateLine(event), eventPlace(event)];
