import { Fragment } from "react";
import { Choice } from "@/components/ui/choice";
import { FieldError } from "@/components/ui/field-error";
import { choiceId, describedBy, errorId, hintId } from "@/components/ui/field-ids";
import type { FormValues } from "@/lib/form-state";
import type { FieldErrors } from "@/lib/field-errors";
import { LunchField } from "./attendee-fields";
import type { EventOption } from "./event-option";
import { DayQuestions } from "./question-field";

interface EventChoiceProps {
  events: EventOption[];
  chosen: string[];
  values: FormValues | undefined;
  errors: FieldErrors;
}

function Availability({ event }: { event: EventOption }) {
  if (event.closedReason) return event.closedReason;
  if (event.placesLeft === 0) return <strong>Complet&nbsp;: inscription sur liste d&apos;attente</strong>;
  return event.placesLeft === 1 ? "1 place restante" : `${event.placesLeft} places restantes`;
}

function EventHint({ event }: { event: EventOption }) {
  return (
    <>
      {event.date} · {event.city} · <Availability event={event} />
    </>
  );
}

/** The regional days, grouped by date: each group is a choice of one at most. */
function regionalDays(events: EventOption[]): EventOption[][] {
  const days = new Map<string, EventOption[]>();
  for (const event of events.filter((candidate) => candidate.kind === "REGIONAL")) {
    days.set(event.day, [...(days.get(event.day) ?? []), event]);
  }
  return [...days.values()];
}

/** The first event that can be chosen: where the error summary sends the focus. */
export function firstEventId(events: EventOption[]): string {
  const open = events.find((event) => !event.closedReason) ?? events[0];
  return choiceId("events", open?.slug ?? "");
}

function OneEvent({ event, chosen, errors, values }: { event: EventOption } & Omit<EventChoiceProps, "events">) {
  return (
    <>
      <Choice
        type="checkbox"
        id={choiceId("events", event.slug)}
        name="events"
        value={event.slug}
        label={event.title}
        hint={<EventHint event={event} />}
        defaultChecked={chosen.includes(event.slug)}
        disabled={Boolean(event.closedReason)}
        invalid={Boolean(errors.events)}
        describedBy={errors.events ? errorId("events") : undefined}
      />
      {!event.closedReason && (event.kind === "NATIONAL" || event.questions.length > 0) && (
        // Shown by CSS only while the day is ticked: the questions concern only that day. Without
        // CSS every day's questions show, and the server checks only the chosen days' answers.
        <div className="conditional">
          {event.kind === "NATIONAL" && <LunchField values={values} errors={errors} />}
          <DayQuestions event={event.slug} questions={event.questions} values={values} errors={errors} />
        </div>
      )}
    </>
  );
}

function SameDayEvents({ events, chosen, values, errors }: { events: EventOption[] } & Omit<EventChoiceProps, "events">) {
  const groupId = `events-${events[0].day}`;
  const none = choiceId("events", `${events[0].day}-aucune`);
  return (
    <fieldset className="choice-group" aria-describedby={hintId(groupId)}>
      <legend className="choice-group__legend">
        Journées régionales du {events[0].date}
      </legend>
      <p className="field__hint" id={hintId(groupId)}>
        Elles ont lieu le même jour&nbsp;: choisissez-en une au plus.
      </p>
      <div className="choices">
        {events.map((event) => (
          <Fragment key={event.slug}>
            <Choice
              type="radio"
              id={choiceId("events", event.slug)}
              name="events"
              value={event.slug}
              label={event.title}
              hint={<EventHint event={event} />}
              defaultChecked={chosen.includes(event.slug)}
              disabled={Boolean(event.closedReason)}
              invalid={Boolean(errors.events)}
              describedBy={errors.events ? errorId("events") : undefined}
            />
            {!event.closedReason && event.questions.length > 0 && (
              <div className="conditional">
                <DayQuestions event={event.slug} questions={event.questions} values={values} errors={errors} />
              </div>
            )}
          </Fragment>
        ))}
        <Choice type="radio" id={none} name="events" value="" label="Aucune journée régionale" />
      </div>
    </fieldset>
  );
}

/** The days to register for: the national day on its own, the regional days as a choice of one. */
export function EventChoice({ events, chosen, values, errors }: EventChoiceProps) {
  const hint = "Vous pouvez vous inscrire à la journée nationale, à une journée régionale, ou aux deux.";
  return (
    <fieldset
      className={errors.events ? "form-section field--error" : "form-section"}
      aria-describedby={describedBy("events", { hint, error: errors.events })}
    >
      <legend className="form-section__legend">
        <h2 className="form-section__title">Journées</h2>
      </legend>
      <p className="field__hint" id={hintId("events")}>
        {hint}
      </p>
      <FieldError id="events" message={errors.events} />
      {events
        .filter((event) => event.kind === "NATIONAL")
        .map((event) => (
          <OneEvent key={event.slug} event={event} chosen={chosen} values={values} errors={errors} />
        ))}
      {regionalDays(events).map((day) =>
        day.length === 1 ? (
          <OneEvent key={day[0].slug} event={day[0]} chosen={chosen} values={values} errors={errors} />
        ) : (
          <SameDayEvents key={day[0].day} events={day} chosen={chosen} values={values} errors={errors} />
        ),
      )}
    </fieldset>
  );
}
