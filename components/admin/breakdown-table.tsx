/** A count per category, as a table (with its share of the total). */
export function BreakdownTable({ caption, heading, rows, total }: { caption: string; heading: string; rows: [string, number][]; total: number }) {
  return (
    <table className="table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{heading}</th>
          <th scope="col" className="table__number">
            Personnes
          </th>
          <th scope="col" className="table__number">
            Part
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([label, count]) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            <td className="table__number">{count}</td>
            <td className="table__number">{total > 0 ? `${Math.round((count / total) * 100)} %` : "—"}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
