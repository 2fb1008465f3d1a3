import type { ReactNode } from "react";

/** Label/value pairs: an event's practical information, a record as organisers check it (in a panel). */
export function FactList({ facts, panel = false }: { facts: [term: string, value: ReactNode][]; panel?: boolean }) {
  return (
    <dl className={panel ? "facts facts--panel" : "facts"}>
      {facts.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
