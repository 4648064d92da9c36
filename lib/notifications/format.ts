import vi from '@/lib/i18n/messages/vi.json';
import { calendar, zonedParts } from '@/lib/calendar';
import { formatDateVi } from '@/lib/documents/iso-date';

/** "17:00 ngày 24/11/2026": a deadline as applicants read it, in Asia/Ho_Chi_Minh. */
export function formatDeadlineVi(instant: Date): string {
  const { date, time } = zonedParts(instant, calendar.timeZone);
  return `${time} ngày ${formatDateVi(date)}`;
}

/** "17:00 on 24/11/2026" */
export function formatDeadlineEn(instant: Date): string {
  const { date, time } = zonedParts(instant, calendar.timeZone);
  return `${time} on ${formatDateVi(date)}`;
}

/** The name of an e-form page as the applicant sees it in Vietnamese, for lists of items to supplement. */
export function pageNameVi(messages: string, page: string): string {
  const namespace = (vi as Record<string, unknown>)[messages] as { steps?: Record<string, string> } | undefined;
  return namespace?.steps?.[page] ?? page;
}
