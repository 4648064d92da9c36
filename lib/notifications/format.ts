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

/** Names of the e-form pages as the applicant sees them, for lists of items to supplement. */
export const STEP_NAMES_VI: Record<string, string> = {
  registry: 'Cơ quan đăng ký',
  applicant: 'Thông tin người yêu cầu',
  mother: 'Thông tin người mẹ',
  father: 'Thông tin người cha',
  child: 'Thông tin người được khai sinh',
  documents: 'Giấy tờ đính kèm',
  bundle: 'Liên thông thường trú, bảo hiểm y tế',
  declaration: 'Lời cam đoan',
};
