import "server-only";
import { db } from "../db/client";

/** Every speaker, by name, with the programme items they speak in. */
export function listSpeakers() {
  return db.speaker.findMany({
    orderBy: { name: "asc" },
    include: { appearances: { include: { programmeItem: { include: { event: { select: { slug: true, title: true } } } } } } },
  });
}

export type SpeakerWithAppearances = Awaited<ReturnType<typeof listSpeakers>>[number];

export function getSpeaker(id: string) {
  return db.speaker.findUnique({ where: { id } });
}
