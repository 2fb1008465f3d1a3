/**
 * A bar chart drawn on the server as SVG (no external service, no script), hidden from assistive
 * technologies: the same figures follow as a table, which is what screen readers read.
 */
export function BarChart({
  id,
  title,
  bars,
  headings = ["Jour", "Inscriptions"],
}: {
  id: string;
  title: string;
  bars: { label: string; value: number }[];
  /** The table's column headings: what a bar is, what it counts. */
  headings?: [string, string];
}) {
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  const width = Math.max(320, bars.length * 28);
  const height = 160;
  const barWidth = width / Math.max(1, bars.length);
  return (
    <figure className="chart" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`}>{title}</figcaption>
      <svg viewBox={`0 0 ${width} ${height + 20}`} className="chart__svg" aria-hidden="true" focusable="false">
        {bars.map((bar, index) => {
          const barHeight = (bar.value / max) * height;
          return <rect key={bar.label} x={index * barWidth + 2} y={height - barHeight} width={Math.max(1, barWidth - 4)} height={barHeight} className="chart__bar" />;
        })}
        <line x1="0" x2={width} y1={height} y2={height} className="chart__axis" />
      </svg>
      <div className="table-wrapper" role="region" aria-labelledby={`${id}-table`} tabIndex={0}>
        <table className="table">
          <caption id={`${id}-table`} className="visually-hidden">
            {title}
          </caption>
          <thead>
            <tr>
              <th scope="col">{headings[0]}</th>
              <th scope="col" className="table__number">
                {headings[1]}
              </th>
            </tr>
          </thead>
          <tbody>
            {bars.map((bar) => (
              <tr key={bar.label}>
                <th scope="row">{bar.label}</th>
                <td className="table__number">{bar.value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
