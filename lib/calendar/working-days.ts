import { addDays, weekday, zonedInstant, zonedParts, type LocalDate } from './zoned-time';

/*
 * Working-day arithmetic for statutory time limits (working-days.md). The calendar is data
 * (holidays.json): a new holiday or swap day is an edit of that file, never of this code.
 */

type DayEntry = { date: string; name: string; nameVi: string; kind: string; provisional?: boolean };
type PendingEntry = DayEntry & { countsAsNonWorking: boolean };

export type HolidayData = {
  timeZone: string;
  defaultWorkingWeek: string[];
  sameDayCutoff: string;
  years: Record<string, { status: string; nonWorkingWeekdays: DayEntry[]; workingSaturdays: DayEntry[] }>;
  pending?: Array<Omit<PendingEntry, 'kind'> & { kind?: string }>;
};

export class CalendarYearMissingError extends Error {
  constructor(readonly year: string) {
    super(`The working-day calendar has no data for ${year}: add it to lib/calendar/holidays.json`);
    this.name = 'CalendarYearMissingError';
  }
}

export type CalendarOptions = { endOfWorkingDay?: string };

const WEEKDAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

export function createCalendar(data: HolidayData, options: CalendarOptions = {}) {
  const timeZone = data.timeZone;
  const endOfWorkingDay = options.endOfWorkingDay ?? '17:00';
  const workingWeek = new Set(data.defaultWorkingWeek);
  const closed = new Map<string, DayEntry>();
  const opened = new Map<string, DayEntry>();
  for (const year of Object.values(data.years)) {
    for (const d of year.nonWorkingWeekdays) closed.set(d.date, d);
    for (const d of year.workingSaturdays) opened.set(d.date, d);
  }
  for (const p of data.pending ?? []) {
    if (p.countsAsNonWorking) closed.set(p.date, { ...p, kind: p.kind ?? 'holiday' });
  }

  function yearStatus(date: LocalDate) {
    const year = date.slice(0, 4);
    const entry = data.years[year];
    if (!entry) throw new CalendarYearMissingError(year);
    return entry.status;
  }

  function isWorkingDay(date: LocalDate): boolean {
    yearStatus(date);
    if (opened.has(date)) return true;
    if (closed.has(date)) return false;
    return workingWeek.has(WEEKDAY_NAMES[weekday(date)]!);
  }

  /** Why a weekday is closed or a weekend day open, for display ("Tết", "Make-up working day"). */
  function dayInfo(date: LocalDate) {
    return closed.get(date) ?? opened.get(date);
  }

  function nextWorkingDay(date: LocalDate): LocalDate {
    let d = addDays(date, 1);
    while (!isWorkingDay(d)) d = addDays(d, 1);
    return d;
  }

  /** `date` itself when it is a working day, otherwise the next one. */
  function workingDayOnOrAfter(date: LocalDate): LocalDate {
    return isWorkingDay(date) ? date : nextWorkingDay(date);
  }

  /** Steps forward n working days (n = 0 returns `date` unchanged). */
  function addWorkingDays(date: LocalDate, n: number): LocalDate {
    if (!Number.isInteger(n) || n < 0) throw new RangeError('n must be a non-negative integer');
    let d = date;
    for (let i = 0; i < n; i++) d = nextWorkingDay(d);
    return d;
  }

  const [cutH, cutM] = data.sameDayCutoff.split(':').map(Number);
  const cutoffMinutes = cutH! * 60 + cutM!;

  /**
   * The working day on which a dossier counts as received: the local date, unless that is not a
   * working day or the dossier came at or after the 15:00 cut-off (Law Art. 5(3)).
   */
  function receivedDay(instant: Date): LocalDate {
    const { date, minutes } = zonedParts(instant, timeZone);
    if (!isWorkingDay(date) || minutes >= cutoffMinutes) return nextWorkingDay(date);
    return date;
  }

  /** Due date of a procedure that takes n working days from receipt (n = 0: same day). */
  function dueDate(receipt: Date, n: number): LocalDate {
    return addWorkingDays(receivedDay(receipt), n);
  }

  /** End of the working day `date` (17:00 local by default) as an instant. */
  function endOf(date: LocalDate): Date {
    return zonedInstant(date, endOfWorkingDay, timeZone);
  }

  /**
   * Deadline of the applicant's check of a returned draft (Circular Art. 6(3)): 17:00 on the
   * n-th working day that begins after `sentAt` (working-days.md).
   */
  function confirmationDeadline(sentAt: Date, windowWorkingDays = 1): Date {
    const { date } = zonedParts(sentAt, timeZone);
    return endOf(addWorkingDays(date, windowWorkingDays));
  }

  function localDate(instant: Date): LocalDate {
    return zonedParts(instant, timeZone).date;
  }

  /** Working days from `from` (exclusive) to `to` (inclusive); negative when `to` is earlier. */
  function workingDaysBetween(from: LocalDate, to: LocalDate): number {
    if (from === to) return 0;
    const sign = to > from ? 1 : -1;
    const [start, end] = sign > 0 ? [from, to] : [to, from];
    let count = 0;
    for (let d = addDays(start, 1); d <= end; d = addDays(d, 1)) if (isWorkingDay(d)) count++;
    return sign * count;
  }

  return {
    timeZone,
    isWorkingDay,
    isProvisional: (date: LocalDate) => yearStatus(date) !== 'official',
    dayInfo,
    nextWorkingDay,
    workingDayOnOrAfter,
    addWorkingDays,
    receivedDay,
    dueDate,
    endOf,
    confirmationDeadline,
    localDate,
    workingDaysBetween,
  };
}

export type Calendar = ReturnType<typeof createCalendar>;
