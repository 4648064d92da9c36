import type { AmendmentExtractContent } from '@/lib/documents/amendment-extract-pdf';
import { UNSIGNED, type Signer } from '@/lib/documents/registry-text';
import type { AdjustedItem } from '@/db/schema';
import { AppError } from '@/lib/errors';
import { translate } from '@/lib/i18n/catalogues';
import type { PreviewRow, RegistrationFacts } from '../contract';
import { documentOf } from '../entry-line';
import { chosenEntry, type AmendmentContext } from './context';
import { itemsOf, type AmendmentAnswers } from './schema';

/*
 * What the extract says. Before registration (the returned draft) the items compare the register
 * with the request; once registered, the register already holds the new values, so the extract
 * prints the changes the adjustment log recorded (kept in the register event's facts).
 */

const vi = (id: string) => translate('vi', id);

/** The legal basis of each kind (Law on Civil Status). */
export const LEGAL_BASIS: Record<string, string> = {
  change: 'Điều 26, 27, 28 Luật Hộ tịch; Điều 27, 28 Bộ luật Dân sự',
  correction: 'Điều 26, 27, 28 Luật Hộ tịch',
  supplement: 'Điều 29 Luật Hộ tịch',
  ethnicityRedetermination: 'Điều 26, 27, 28 Luật Hộ tịch; Điều 29 Bộ luật Dân sự',
};

export function extractContent(answers: AmendmentAnswers, ctx: AmendmentContext, registration: RegistrationFacts, signer: Signer | null): AmendmentExtractContent {
  const entry = chosenEntry(answers, ctx);
  const type = answers.record?.amendmentType;
  if (!entry || !type || !ctx.subject) throw new AppError('conflict', 'The application names no entry to amend', { reason: 'incomplete' });
  const requested = itemsOf(answers);
  const recorded = registration.amendedChanges ? (JSON.parse(registration.amendedChanges) as AdjustedItem[]) : null;
  const items = recorded
    ? recorded.map((c) => ({ label: vi(c.field), before: c.old ?? '', after: c.new ?? '' }))
    : requested.map((i) => ({ label: vi(i.field), before: entry.fields.find((f) => f.label === i.field)?.current ?? '', after: i.value }));
  return {
    registryName: registration.registryName,
    entryNumber: registration.entryNumber,
    book: registration.book,
    registeredOn: registration.registeredOn,
    type: `amendment.options.amendmentType.${type}`,
    typeVi: vi(`amendment.options.amendmentType.${type}`),
    subject: { fullName: ctx.subject.fullName, dateOfBirth: ctx.subject.dateOfBirth, personalId: ctx.subject.personalId },
    amendedEntry: documentOf(entry),
    items,
    basis: [LEGAL_BASIS[type], ...requested.map((i) => i.reason)].join('; '),
    declarant: { fullName: ctx.applicant.fullName },
    signer: signer ?? UNSIGNED,
  };
}

export function extractPreview(content: AmendmentExtractContent): PreviewRow[] {
  return [
    { label: 'amendment.fields.amendmentType', value: content.typeVi, emphasis: true },
    { label: 'amendment.extract.subject', value: content.subject.fullName.toLocaleUpperCase('vi-VN') },
    { label: 'amendment.extract.amendedEntry', value: content.amendedEntry },
    ...content.items.map((i) => ({ label: 'amendment.extract.item', value: `${i.label}: ${i.before || '—'} → ${i.after}` })),
    { label: 'amendment.extract.basis', value: content.basis },
    { label: 'verify.registry', value: content.registryName },
    ...(content.entryNumber ? [{ label: 'verify.entry', value: `${content.entryNumber} — ${content.book}` }] : []),
  ];
}
