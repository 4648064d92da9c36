import type { ConfirmationLetterContent } from '@/lib/documents/confirmation-letter-pdf';
import { UNSIGNED } from '@/lib/documents/registry-text';
import { AppError } from '@/lib/errors';
import { printedLabel } from '@/lib/i18n/printed';
import type { PreviewRow, RegistrationFacts, Signer } from '../contract';
import { selectedEntries } from './checks';
import { documentOf } from '../entry-line';
import type { ConfirmationContext, Inconsistency } from './context';
import type { ConfirmationAnswers } from './schema';

/*
 * What the letter says (Circular 01/2022 Art. 8(1)(dd); documents.md): for registered events, the
 * content and date of each initial registration and every later change with its basis and date;
 * for a changed event, the changes; for inconsistent information, each item that differs with the
 * papers that carry it, and that they concern the same person.
 */

const date = (iso: string) => iso.split('-').reverse().join('/');
const TITLES: Record<string, string> = { changedEvent: 'Xác nhận thay đổi thông tin hộ tịch', registeredEvents: 'Xác nhận các sự kiện hộ tịch đã đăng ký', inconsistentInformation: 'Xác nhận thông tin hộ tịch không thống nhất' };

function inconsistencies(answers: ConfirmationAnswers): Inconsistency[] {
  const r = answers.inconsistencies;
  if (!r) return [];
  const rows = [{ information: r.item1Information, firstValue: r.item1FirstValue, firstDocument: r.item1FirstDocument, secondValue: r.item1SecondValue, secondDocument: r.item1SecondDocument }];
  if (r.item2Information) rows.push({ information: r.item2Information, firstValue: r.item2FirstValue, firstDocument: r.item2FirstDocument, secondValue: r.item2SecondValue, secondDocument: r.item2SecondDocument });
  return rows;
}

export function letterContent(answers: ConfirmationAnswers, ctx: ConfirmationContext, registration: RegistrationFacts, signer: Signer | null): ConfirmationLetterContent {
  const subject = ctx.subject;
  const request = answers.request;
  if (!subject || !request) throw new AppError('conflict', 'The application is incomplete', { reason: 'incomplete' });
  const entries = request.kind === 'changedEvent' ? ctx.changes : selectedEntries(answers, ctx);
  const sections =
    request.kind === 'inconsistentInformation'
      ? inconsistencies(answers).map((i) => ({
          heading: i.information,
          lines: [`“${i.firstValue}” trong ${i.firstDocument};`, `“${i.secondValue}” trong ${i.secondDocument}.`],
        }))
      : entries.map((e) => ({
          heading: e.status === 'deleted' ? `${documentOf(e)} (đã bị xóa, không còn giá trị pháp lý, theo Điều 13 Thông tư 01/2022/TT-BTP)` : documentOf(e),
          lines: e.content
            .filter((r) => r.label !== 'verify.registry' && r.label !== 'verify.entry')
            .slice(0, 6)
            .map((r) => `${printedLabel(r.label)}: ${r.value}`),
        }));
  const conclusion =
    request.kind === 'inconsistentInformation'
      ? `Các giấy tờ nêu trên cùng ghi về một người: ${subject.fullName}, sinh ngày ${date(subject.dateOfBirth)}, số định danh cá nhân ${subject.personalId}. Thông tin không thống nhất chưa được cải chính.`
      : request.kind === 'changedEvent' && ctx.changes.length === 0
        ? 'Đến ngày xác nhận, Cơ sở dữ liệu hộ tịch điện tử không ghi nhận thay đổi, cải chính nào (xác nhận theo yêu cầu của cơ quan có thẩm quyền).'
        : `Đến ngày xác nhận, Cơ sở dữ liệu hộ tịch điện tử ghi nhận ${ctx.changes.length === 0 ? 'không có thay đổi, cải chính nào sau khi đăng ký' : `${ctx.changes.length} thay đổi, cải chính`}.`;
  return {
    registryName: registration.registryName,
    entryNumber: registration.entryNumber,
    book: registration.book,
    registeredOn: registration.registeredOn,
    title: TITLES[request.kind]!,
    addressee: ctx.applicant.fullName,
    purpose: request.purpose,
    subject: { fullName: subject.fullName, dateOfBirth: subject.dateOfBirth, personalId: subject.personalId },
    sections,
    conclusion,
    signer: signer ?? UNSIGNED,
  };
}

export function letterPreview(c: ConfirmationLetterContent): PreviewRow[] {
  return [
    { label: 'confirm.preview.subject', value: `${c.subject.fullName} — ${date(c.subject.dateOfBirth)} — ${c.subject.personalId}`, emphasis: true },
    ...c.sections.map((s) => ({ label: 'confirm.preview.item', value: `${s.heading}: ${s.lines.join(' ')}` })),
    { label: 'confirm.preview.conclusion', value: c.conclusion },
    { label: 'confirm.fields.purpose', value: c.purpose },
    { label: 'verify.registry', value: c.registryName },
    ...(c.entryNumber ? [{ label: 'verify.entry', value: `${c.entryNumber} — ${c.book}` }] : []),
  ];
}
