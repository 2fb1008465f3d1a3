import type { ProgrammeItemView, ProgrammeSpeaker } from "@/lib/events/contract";
import { PROGRAMME_KIND_LABELS } from "@/lib/programme/kind-labels";
import { TimeRange } from "./time-range";

function SpeakerList({ speakers }: { speakers: ProgrammeSpeaker[] }) {
  return (
    <ul className="speakers" aria-label="Intervenants">
      {speakers.map((speaker) => (
        <li key={speaker.name}>
          <span className="speakers__name">{speaker.name}</span>
          {speaker.title && <>, {speaker.title}</>}
          {!speaker.confirmed && (
            <>
              {" "}
              <span className="tag">sous réserve</span>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

export function ProgrammeTimeline({ items }: { items: ProgrammeItemView[] }) {
  return (
    <ol className="timeline">
      {items.map((item, index) => (
        <li key={`${index}-${item.title}`} className="timeline__item" data-kind={item.kind}>
          <p className="timeline__time">
            <TimeRange startsAt={item.startsAt} endsAt={item.endsAt} />
          </p>
          <div className="timeline__body">
            <p className="timeline__kind">{PROGRAMME_KIND_LABELS[item.kind]}</p>
            <h3 className="timeline__title">{item.title}</h3>
            {item.description && <p className="timeline__description">{item.description}</p>}
            {item.speakers.length > 0 && <SpeakerList speakers={item.speakers} />}
          </div>
        </li>
      ))}
    </ol>
  );
}
