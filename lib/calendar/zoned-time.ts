/**
 * Local date/time in a named time zone without a date library. A "local date" is an ISO string
 * 'YYYY-MM-DD'; instants are Date objects (stored in UTC).
 */

export type LocalDate = string;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string) {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export function zonedParts(instant: Date, timeZone: string) {
  const parts = Object.fromEntries(formatter(timeZone).formatToParts(instant).map((p) => [p.type, p.value]));
  return {
    date: `${parts.year}-${parts.month}-${parts.day}` as LocalDate,
    minutes: Number(parts.hour) * 60 + Number(parts.minute),
    time: `${parts.hour}:${parts.minute}`,
  };
}

/** The instant at which the wall clock in `timeZone` shows `date` `time` (HH:mm). */
export function zonedInstant(date: LocalDate, time: string, timeZone: string): Date {
  const [h, m] = time.split(':').map(Number);
  const guess = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)), h, m);
  // Offset of the zone at that moment, from how the guess reads there.
  const seen = zonedParts(new Date(guess), timeZone);
  const seenUtc = Date.UTC(
    Number(seen.date.slice(0, 4)),
    Number(seen.date.slice(5, 7)) - 1,
    Number(seen.date.slice(8, 10)),
    Math.floor(seen.minutes / 60),
    seen.minutes % 60,
  );
  return new Date(guess - (seenUtc - guess));
}

export function addDays(date: LocalDate, days: number): LocalDate {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: LocalDate): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}
