/** The seat rows numbered `from` to `to` (inclusive) of an event. */
export function seatRows(eventId: string, from: number, to: number): { eventId: string; number: number }[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, index) => ({ eventId, number: from + index }));
}
