import type { Metadata } from "next";
import Link from "next/link";
import { DocumentLinks } from "@/components/document-links";
import { LongDate } from "@/components/long-date";
import { ProgrammeTimeline } from "@/components/programme-timeline";
import { TimeRange } from "@/components/time-range";
import { listPublishedDocuments } from "@/lib/documents/list-documents";
import { listPastEditions } from "@/lib/editions/list-past-editions";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Éditions précédentes",
  description: "Les éditions passées des Rencontres des collectivités locales autour de l'ESS : thèmes, journées, programmes et participation.",
};

const people = (count: number) => `${count} personne${count > 1 ? "s" : ""}`;

/** The archive: every past edition as it was, with attendance in numbers only. */
export default async function EditionsArchivePage() {
  const editions = await listPastEditions();
  const documents = await listPublishedDocuments(editions.flatMap((edition) => edition.days.map((day) => day.slug)));
  return (
    <div className="container">
      <p className="back-link">
        <Link href="/">Les prochaines rencontres</Link>
      </p>
      <header className="page-intro">
        <h1>Éditions précédentes</h1>
        <p className="lead">Les Rencontres passées, avec leur thème, leurs journées et leur programme tels qu&apos;ils ont eu lieu.</p>
      </header>
      {editions.length === 0 && <p>Aucune édition passée pour le moment.</p>}
      {editions.map((edition) => (
        <section key={edition.slug} aria-labelledby={`edition-${edition.slug}`} className="section">
          <h2 id={`edition-${edition.slug}`}>{edition.title}</h2>
          <p className="lead">
            <span className="lead__label">Thème&nbsp;:</span> {edition.theme}
          </p>
          {edition.networks.length > 0 && <p>Co-organisées par {edition.networks.map((network) => network.acronym).join(", ")}.</p>}
          {edition.days.map((day) => (
            <article key={day.slug} aria-labelledby={`jour-${day.slug}`} className="archive-day">
              <h3 id={`jour-${day.slug}`}>
                <Link href={`/evenements/${day.slug}`}>{day.title}</Link>
              </h3>
              <p>
                <LongDate date={day.startsAt} />, <TimeRange startsAt={day.startsAt} endsAt={day.endsAt} /> — {[day.venue, day.city].filter(Boolean).join(", ")}
                {day.host && <>, accueillie par {day.host}</>}
              </p>
              <p>
                Participation&nbsp;: {people(day.attendance.registered)} inscrite{day.attendance.registered > 1 ? "s" : ""}, {people(day.attendance.present)} présente
                {day.attendance.present > 1 ? "s" : ""}.
              </p>
              {(documents.get(day.slug)?.all.length ?? 0) > 0 && (
                <>
                  <p>Documents de la journée&nbsp;:</p>
                  <DocumentLinks documents={documents.get(day.slug)!.all} label={`Documents : ${day.title}`} />
                </>
              )}
              {day.programme.length > 0 && (
                <details>
                  <summary>Programme de la journée</summary>
                  <ProgrammeTimeline items={day.programme} documents={documents.get(day.slug)?.byItem} />
                </details>
              )}
            </article>
          ))}
        </section>
      ))}
    </div>
  );
}
