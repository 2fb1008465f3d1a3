/** Label/value pairs in a panel: a record as organisers check it. */
export function FactList({ facts }: { facts: [string, string][] }) {
  return (
    <dl className="facts facts--panel">
      {facts.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
