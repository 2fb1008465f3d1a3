import { formatLongDate, formatTime } from "../dates";

/** « lundi 14 juin 2027 à 18 h » */
export const deadlineLabel = (date: Date) => `${formatLongDate(date)} à ${formatTime(date)}`;
