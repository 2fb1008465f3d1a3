import type { Metadata } from "next";
import { RegistrationForm } from "@/components/registration-form";
import { register } from "./actions";
import { attendeeChoices } from "@/components/registration/attendee-choices";
import type { EventOption } from "@/components/registration/event-option";
import { RegistrationStatus } from "@/components/registration-status";
import { formatLongDate } from "@/lib/dates";
import type { EventSummary } from "@/lib/events/contract";
import { listEvents } from "@/lib/events/list-events";
import { eventDay } from "@/lib/registrations/event-day";
import { formShownAt } from "@/lib/links/form-guard";
import type { AskedQuestion } from "@/lib/questions/question-types";
import { listQuestionsBySlug } from "@/lib/questions/list-questions";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Inscription",
  description: "Inscrivez-vous à la journée nationale et aux journées régionales des Rencontres ESS.",
};

interface RegistrationPageProps {
  searchParams: Promise<{ evenement?: string | string[] }>;
}

function toEventOption(event: EventSummary, now: Date, questions: AskedQuestion[]): EventOption {
  return {
    slug: event.slug,
    title: event.title,
    kind: event.kind,
    day: eventDay(event.startsAt),
    date: formatLongDate(event.startsAt),
    city: event.city,
    placesLeft: event.placesLeft,
    closedReason: event.registrationOpen ? null : <RegistrationStatus event={event} now={now} />,
    questions,
  };
}

export default async function RegistrationPage({ searchParams }: RegistrationPageProps) {
  const [events, { evenement }] = await Promise.all([listEvents(new Date(), { stillAhead: true }), searchParams]);
  const now = new Date();
  const preselected = events.find((event) => event.slug === evenement && event.registrationOpen)?.slug ?? null;
  const questions = await listQuestionsBySlug(events.filter((event) => event.registrationOpen).map((event) => event.slug));

  return (
    <div className="container">
      <header className="page-intro">
        <h1>Inscription</h1>
        <p className="lead">
          Inscrivez-vous à la journée nationale, à une journée régionale, ou aux deux. Quand une journée est
          complète, vous pouvez vous inscrire sur sa liste d&apos;attente.
        </p>
      </header>
      {events.some((event) => event.registrationOpen) ? (
        <RegistrationForm register={register} events={events.map((event) => toEventOption(event, now, questions.get(event.slug) ?? []))} preselected={preselected} choices={attendeeChoices()} shownAt={formShownAt()} />
      ) : (
        <p>Les inscriptions ne sont pas ouvertes en ce moment.</p>
      )}
    </div>
  );
}
