/**
 * Whether any text in a value (object keys included, at any depth) holds a NUL, which PostgreSQL's
 * text cannot store. Iterative: a JSON body may nest thousands deep. Plain JavaScript, so that the
 * front door (lib/front-door/request-guard.ts) and the app (lib/http/control-characters.ts)
 * share it.
 */
export function holdsNul(value) {
  const pending = [value];
  while (pending.length > 0) {
    const item = pending.pop();
    if (typeof item === "string") {
      if (item.includes("\u0000")) return true;
    } else if (item !== null && typeof item === "object") {
      for (const [key, child] of Object.entries(item)) {
        if (key.includes("\u0000")) return true;
        pending.push(child);
      }
    }
  }
  return false;
}
