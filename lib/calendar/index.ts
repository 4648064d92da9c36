import holidays from './holidays.json';
import { createCalendar, type HolidayData } from './working-days';

export { createCalendar, CalendarYearMissingError, type Calendar, type HolidayData } from './working-days';
export { addDays, weekday, zonedInstant, zonedParts, type LocalDate } from './zoned-time';

/** The official calendar of Vietnam's state agencies, read from holidays.json. */
export const calendar = createCalendar(holidays as HolidayData);

/** The clock is injected everywhere time matters; this is the default one. */
export type Clock = () => Date;
export const systemClock: Clock = () => new Date();
