/** Letters that NFD does not split into a base letter and an accent. */
const LETTERS: Record<string, string> = { đ: "d", ø: "o", ł: "l", œ: "oe", æ: "ae", ß: "ss", ħ: "h", ŀ: "l", ı: "i", þ: "th", ð: "d" };

const key = (name: string) =>
  name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[đøłœæßħŀıþð]/g, (letter) => LETTERS[letter])
    .replace(/[-'’.\s]+/g, " ")
    .trim();

/**
 * The order in which a French reader looks a name up: accents, case, hyphens and apostrophes
 * ignored, « Đặng » under D, « Ørsted » under O, « Lœuvre » as « loeuvre ». Stored with each
 * attendee (the databases compare bytes: SQLite always, PostgreSQL in the C locale), so that long
 * lists are sorted and paged by the database.
 */
export const nameKey = (lastName: string, firstName: string) => `${key(lastName)}\u0001${key(firstName)}`;
