/** A title between French quotation marks, with the no-break spaces French typography wants. */
export function quoted(title: string): string {
  return `«\u00a0${title}\u00a0»`;
}

/** "1 heure", "48 heures". */
export function hoursLabel(hours: number): string {
  return `${hours}\u00a0heure${hours > 1 ? "s" : ""}`;
}
