import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { EventFacts } from "@/components/event-facts";
import { DocumentLinks } from "@/components/document-links";
import { ProgrammeTimeline } from "@/components/programme-timeline";
import { RegisterLink } from "@/components/register-link";
import { listPublishedDocuments } from "@/lib/documents/list-documents";
import { getEvent } from "@/lib/events/get-event";

export const dynamic = "force-dynamic";

interface EventPageProps {
  params: Promise<{ slug: string }>;
}

// generateMetadata and the page both need the event: one query per request.
const loadEvent = cache((slug: string) => getEvent(slug));

export async function generateMetadata({ params }: EventPageProps): Promise<Metadata> {
  const event = await loadEvent((await params).slug);
  if (!event) return { title: "Page introuvable" };
  return { title: event.title, description: event.summary };
}

export default async function EventPage({ params }: EventPageProps) {
  const event = await loadEvent((await params).slug);
  if (!event) notFound();
  const documents = (await listPublishedDocuments([event.slug])).get(event.slug);

  return (
    <div className="container">
      <p className="back-link">
        <Link href="/">Toutes les rencontres</Link>
      </p>
      <header className="page-intro">
        <h1>{event.title}</h1>
        <p className="lead">{event.summary}</p>
      </header>

      <div className="event-layout">
        <section aria-labelledby="informations" className="event-layout__facts">
          <h2 id="informations">Informations pratiques</h2>
          <EventFacts event={event} now={new Date()} />
          <RegisterLink event={event} />
        </section>

        <section aria-labelledby="programme" className="event-layout__programme">
          <h2 id="programme">Programme</h2>
          {event.programme.length > 0 ? (
            <ProgrammeTimeline items={event.programme} documents={documents?.byItem} />
          ) : (
            <p>
              Le programme détaillé de cette journée sera publié prochainement. Elle suit le fil conducteur de la
              journée nationale&nbsp;: la coopération territoriale.
            </p>
          )}
        </section>
      </div>

      {documents && documents.day.length > 0 && (
        <section aria-labelledby="documents" className="section">
          <h2 id="documents">Documents de la journée</h2>
          <DocumentLinks documents={documents.day} />
        </section>
      )}
    </div>
  );
}
