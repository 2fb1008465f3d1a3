import type { Prisma } from "../db/models";
import type { ProgrammeItemView } from "./contract";

/** What a public programme is read with: its items in order, each with its speakers in order. */
export const PUBLIC_PROGRAMME = {
  orderBy: [{ position: "asc" }, { startsAt: "asc" }],
  include: { speakers: { orderBy: { position: "asc" }, include: { speaker: true } } },
} satisfies Prisma.Event$programmeArgs;

type ProgrammeRow = Prisma.ProgrammeItemGetPayload<{ include: typeof PUBLIC_PROGRAMME.include }>;

/** A programme item as the public pages, the API and the archive show it: nobody's address, no note. */
export function toProgrammeItemView(item: ProgrammeRow): ProgrammeItemView {
  return {
    kind: item.kind,
    startsAt: item.startsAt,
    endsAt: item.endsAt,
    title: item.title,
    description: item.description,
    speakers: item.speakers.map(({ speaker, confirmed }) => ({ name: speaker.name, title: speaker.title, confirmed })),
  };
}
