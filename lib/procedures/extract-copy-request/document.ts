import type { ExtractCopyContent } from '@/lib/documents/extract-copy-pdf';
import { AppError } from '@/lib/errors';
import { printedLabel } from '@/lib/i18n/printed';
import type { PreviewRow, RegistrationFacts, Signer } from '../contract';
import type { CopyContext } from './context';
import type { CopyAnswers } from './schema';

/*
 * What a copy prints: the entry as the register keeps it (its own labels, in Vietnamese), the
 * registry that keeps it under which number, and the registry issuing the copy. The engine hands
 * the copied entry over in `registration` (issue-copies.ts); its content travels as JSON.
 */

const TITLES: Record<string, string> = {
  birth: 'BẢN SAO GIẤY KHAI SINH',
  marriage: 'BẢN SAO TRÍCH LỤC KẾT HÔN',
  death: 'BẢN SAO TRÍCH LỤC KHAI TỬ',
};

/** The database itself issued the copy at once: no officer signs, the registry's seal does. */
const FROM_DATABASE: Signer = { fullName: 'Cấp tự động từ Cơ sở dữ liệu hộ tịch điện tử', titleLines: ['TM. ỦY BAN NHÂN DÂN'] };

export type CopyContent = ExtractCopyContent & { rowIds: string[]; eventType: string; holderPersonalId: string };

export function copyContent(_answers: CopyAnswers, ctx: CopyContext, registration: RegistrationFacts, signer: Signer | null): CopyContent {
  const rows = JSON.parse(registration.entryContent ?? '[]') as { label: string; value: string }[];
  const eventType = registration.eventType ?? '';
  if (!TITLES[eventType]) throw new AppError('conflict', `No copy of a ${eventType} entry`);
  // The registry-side rows are printed from the entry's own fields below.
  const own = rows.filter((r) => r.label !== 'verify.registry' && r.label !== 'verify.entry');
  return {
    title: TITLES[eventType]!,
    eventType,
    registryName: registration.issuingRegistryName ?? '',
    issuedOn: registration.issuedOn ?? '',
    entry: { registryName: registration.registryName, entryNumber: registration.entryNumber, book: registration.book, registeredOn: registration.registeredOn },
    rows: own.map((r) => ({ label: printedLabel(r.label), value: r.value })),
    rowIds: own.map((r) => r.label),
    subject: { personalId: registration.subjectPersonalId, fullName: registration.subjectFullName ?? '', dateOfBirth: registration.subjectDateOfBirth ?? '' },
    holderPersonalId: ctx.applicant.personalId,
    signer: signer ?? FROM_DATABASE,
  };
}

export function copyPreview(content: CopyContent): PreviewRow[] {
  return [
    ...content.rows.map((r, i) => ({ label: content.rowIds[i] ?? r.label, value: r.value })),
    { label: 'verify.registry', value: content.entry.registryName },
    { label: 'verify.entry', value: `${content.entry.entryNumber} — ${content.entry.book}` },
  ];
}
