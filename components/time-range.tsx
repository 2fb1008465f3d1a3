import { formatTime, toParisIso } from "@/lib/dates";

/** "9 h 30 – 17 h", each end a machine-readable <time>. */
export function TimeRange({ startsAt, endsAt }: { startsAt: Date; endsAt: Date | null }) {
  return (
    <>
      <time dateTime={toParisIso(startsAt)}>{formatTime(startsAt)}</time>
      {endsAt && (
        <>
          {" – "}
          <time dateTime={toParisIso(endsAt)}>{formatTime(endsAt)}</time>
        </>
      )}
    </>
  );
}
