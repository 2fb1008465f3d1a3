import "server-only";
import { db } from "../db/client";

export interface SeriesView {
  title: string;
  theme: string;
  context: string;
  networks: { acronym: string; name: string }[];
}

/** The edition of the Rencontres that the site presents (the most recent one). */
export async function getSeries(): Promise<SeriesView | null> {
  const series = await db.series.findFirst({
    orderBy: { createdAt: "desc" },
    include: { networks: { orderBy: { position: "asc" } } },
  });
  if (!series) return null;
  return {
    title: series.title,
    theme: series.theme,
    context: series.context,
    networks: series.networks.map(({ acronym, name }) => ({ acronym, name })),
  };
}
