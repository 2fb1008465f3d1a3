import { list, listItem } from "./styles";

/** The days an email is about, one a line: « Journée régionale de Rennes (dimanche 12 septembre 2027) ». */
export function DayList({ days }: { days: string[] }) {
  return (
    <ul style={list}>
      {days.map((day) => (
        <li key={day} style={listItem}>
          {day}
        </li>
      ))}
    </ul>
  );
}
