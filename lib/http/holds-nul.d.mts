/** Whether any text in a value (object keys included, at any depth) holds a NUL. */
export function holdsNul(value: unknown): boolean;
