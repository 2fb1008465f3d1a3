import type { DocumentLink } from "@/lib/documents/list-documents";
import type { ProgrammeItemView, ProgrammeSpeaker } from "@/lib/events/contract";
import { DocumentLinks } from "./document-links";
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

/** The timed programme; `documents`, when given, are each item's published documents, in the same order. */
export function ProgrammeTimeline({ items, documents = [] }: { items: ProgrammeItemView[]; documents?: DocumentLink[][] }) {
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
            {(documents[index]?.length ?? 0) > 0 && <DocumentLinks documents={documents[index]} label={`Documents : ${item.title}`} />}
          </div>
        </li>
      ))}
    </ol>
  );
}
