import type { ReactNode } from "react";
import type { AdminEvent } from "@/lib/events/get-admin-event";
import { PROGRAMME_KIND_LABELS } from "@/lib/programme/kind-labels";
import { TimeRange } from "@/components/time-range";

type Item = AdminEvent["programme"][number];

/** The programme as organisers read it: every item with its speakers and who is still « sous réserve », and the admin's actions on each. */
export function AdminProgramme({ programme, actions }: { programme: Item[]; actions?: (item: Item, index: number) => ReactNode }) {
  if (programme.length === 0) return <p>Le programme est vide.</p>;
  return (
    <ol className="admin-programme">
      {programme.map((item, index) => (
        <li key={item.id}>
          <p className="admin-programme__time">
            <TimeRange startsAt={item.startsAt} endsAt={item.endsAt} /> · {PROGRAMME_KIND_LABELS[item.kind]}
          </p>
          <p className="admin-programme__title">{item.title}</p>
          {item.speakers.length > 0 && (
            <ul className="speakers">
              {item.speakers.map(({ speaker, confirmed }) => (
                <li key={speaker.id}>
                  {speaker.name}
                  {!confirmed && (
                    <>
                      {" "}
                      <span className="tag">sous réserve</span>
                    </>
                  )}
                </li>
              ))}
            </ul>
          )}
          {actions?.(item, index)}
        </li>
      ))}
    </ol>
  );
}
