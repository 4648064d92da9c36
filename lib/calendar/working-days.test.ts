import { describe, expect, it } from 'vitest';
import holidays from './holidays.json';
import { addDays, calendar, CalendarYearMissingError, createCalendar, type HolidayData } from './index';

/*
 * The official 2025 and 2026 calendars for state agencies, typed here independently of
 * holidays.json from the Labour Code and the Government's announcements (working-days.md):
 * every weekday listed is closed, every Saturday listed is open, everything else follows Mon–Fri.
 */
const OFFICIAL = {
  closedWeekdays: [
    // 2025: New Year; Tết Ất Tỵ 27–31 Jan; Hùng Kings 7 Apr; 30 Apr, 1 May, 2 May (swapped); National Day 1–2 Sep
    '2025-01-01', '2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31', '2025-04-07',
    '2025-04-30', '2025-05-01', '2025-05-02', '2025-09-01', '2025-09-02',
    // 2026: 1 Jan, 2 Jan (swapped); Tết Bính Ngọ 16–20 Feb; 27 Apr (substitute for Sun 26 Apr);
    // 30 Apr, 1 May; 31 Aug (swapped), 1–2 Sep
    '2026-01-01', '2026-01-02', '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20',
    '2026-04-27', '2026-04-30', '2026-05-01', '2026-08-31', '2026-09-01', '2026-09-02',
  ],
  openSaturdays: ['2025-04-26', '2026-01-10', '2026-08-22'],
};

function officialIsWorkingDay(date: string): boolean {
  if (OFFICIAL.openSaturdays.includes(date)) return true;
  if (OFFICIAL.closedWeekdays.includes(date)) return false;
  const wd = new Date(`${date}T00:00:00Z`).getUTCDay();
  return wd >= 1 && wd <= 5;
}

const hcm = (local: string) => new Date(`${local}+07:00`);

describe('working-day calendar', () => {
  it('agrees with the official calendar on every day of 2025 and 2026', () => {
    const mismatches: string[] = [];
    let days = 0;
    for (let d = '2025-01-01'; d <= '2026-12-31'; d = addDays(d, 1)) {
      days++;
      if (calendar.isWorkingDay(d) !== officialIsWorkingDay(d)) mismatches.push(d);
    }
    expect(days).toBe(730);
    expect(mismatches).toEqual([]);
  });

  it('counts 250 working days in 2025 and in 2026', () => {
    const count = (year: string) => {
      let n = 0;
      for (let d = `${year}-01-01`; d <= `${year}-12-31`; d = addDays(d, 1)) if (calendar.isWorkingDay(d)) n++;
      return n;
    };
    // 261 weekdays − 12 closed + 1 working Saturday = 250 in 2025; 261 − 13 + 2 = 250 in 2026.
    expect(count('2025')).toBe(250);
    expect(count('2026')).toBe(250);
  });

  it('adds working days across the Hùng Kings substitute day', () => {
    expect(calendar.addWorkingDays('2026-04-24', 1)).toBe('2026-04-28');
    expect(calendar.addWorkingDays('2026-04-24', 0)).toBe('2026-04-24');
    expect(calendar.addWorkingDays('2026-02-13', 1)).toBe('2026-02-23');
  });

  it('applies the 15:00 same-day cut-off', () => {
    expect(calendar.dueDate(hcm('2026-01-29T14:59'), 0)).toBe('2026-01-29');
    expect(calendar.dueDate(hcm('2026-01-29T16:00'), 0)).toBe('2026-01-30');
    expect(calendar.dueDate(hcm('2026-01-29T15:00'), 0)).toBe('2026-01-30');
  });

  it('counts a dossier received on a non-working day from the next working day', () => {
    expect(calendar.receivedDay(hcm('2026-02-17T10:00'))).toBe('2026-02-23');
    expect(calendar.receivedDay(hcm('2026-11-21T09:00'))).toBe('2026-11-23');
    // A working Saturday receives dossiers like any working day.
    expect(calendar.receivedDay(hcm('2026-08-22T09:00'))).toBe('2026-08-22');
  });

  it('computes in Asia/Ho_Chi_Minh whatever the UTC date', () => {
    // 23:30 UTC on Thursday is 06:30 on Friday in Hà Nội.
    expect(calendar.receivedDay(new Date('2026-03-12T23:30:00Z'))).toBe('2026-03-13');
  });

  it.each([
    ['2026-03-10T10:00', '2026-03-11T17:00'],
    ['2026-02-13T16:30', '2026-02-23T17:00'],
    ['2026-08-21T09:00', '2026-08-22T17:00'],
    ['2026-08-28T09:00', '2026-09-03T17:00'],
    ['2026-01-03T10:00', '2026-01-05T17:00'],
  ])('gives a draft returned at %s until %s to be confirmed', (sent, deadline) => {
    expect(calendar.confirmationDeadline(hcm(sent)).toISOString()).toBe(hcm(deadline).toISOString());
  });

  it('counts working days between two dates in both directions', () => {
    expect(calendar.workingDaysBetween('2026-02-13', '2026-02-23')).toBe(1);
    expect(calendar.workingDaysBetween('2026-02-23', '2026-02-13')).toBe(-1);
    expect(calendar.workingDaysBetween('2026-03-02', '2026-03-02')).toBe(0);
  });

  it('fails loudly for a year the data does not cover', () => {
    expect(() => calendar.isWorkingDay('2031-05-05')).toThrow(CalendarYearMissingError);
  });

  it('marks 2027 as provisional and 2026 as official', () => {
    expect(calendar.isProvisional('2027-03-01')).toBe(true);
    expect(calendar.isProvisional('2026-03-02')).toBe(false);
  });

  it('treats 24 November as a working day until the law is enacted, and as closed once the data says so', () => {
    expect(calendar.isWorkingDay('2026-11-24')).toBe(true);
    const enacted = structuredClone(holidays) as HolidayData;
    for (const p of enacted.pending ?? []) p.countsAsNonWorking = true;
    const after = createCalendar(enacted);
    expect(after.isWorkingDay('2026-11-24')).toBe(false);
    expect(after.addWorkingDays('2026-11-23', 1)).toBe('2026-11-25');
  });
});
