/*
 * Certificates print calendar dates, not instants, so dates travel as `YYYY-MM-DD` strings and are
 * taken apart here without `Date`, which would drag a time zone into a value that has none.
 */

export type CalendarDate = { year: number; month: number; day: number };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function parseIsoDate(isoDate: string): CalendarDate {
  const match = ISO_DATE.exec(isoDate);
  if (!match) throw new RangeError(`not an ISO date (YYYY-MM-DD): ${isoDate}`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(`no such calendar date: ${isoDate}`);
  }
  return { year, month, day };
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** dd/mm/yyyy, the way dates are written in figures on civil-status documents. */
export function formatDateVi(isoDate: string): string {
  const { year, month, day } = parseIsoDate(isoDate);
  return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${String(year).padStart(4, '0')}`;
}
