/** Ids that tie a field to its hint and error message through aria-describedby. */
export const hintId = (id: string) => `${id}-hint`;
export const errorId = (id: string) => `${id}-error`;

/** The id of one option of a radio or checkbox group. */
export const choiceId = (groupId: string, value: string) => `${groupId}-${value}`;

export function describedBy(id: string, { hint, error }: { hint?: unknown; error?: string }): string | undefined {
  const ids = [hint ? hintId(id) : null, error ? errorId(id) : null].filter((value) => value !== null);
  return ids.length > 0 ? ids.join(" ") : undefined;
}
