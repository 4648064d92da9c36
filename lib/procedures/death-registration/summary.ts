import { COMMUNES } from '@/lib/reference';
import { registryNameFor } from '@/lib/registries';
import type { SummaryRow } from '../contract';
import { personLine } from '../person-line';
import { requiredDocuments } from './checks';
import type { DeathContext } from './context';
import type { DeathAnswers } from './schema';

const date = (iso: string) => iso.split('-').reverse().join('/');

/** The answers as rows for check-your-answers and the officer's review (see the birth summary). */
export function summariseDeathAnswers(answers: DeathAnswers, ctx: DeathContext): SummaryRow[] {
  const rows: SummaryRow[] = [];
  if (answers.applicant) {
    rows.push({ label: 'death.fields.relationship', value: answers.applicant.relationship, translate: 'death.options.relationship', step: 'applicant' });
    rows.push({ label: 'death.fields.phone', value: answers.applicant.phone, step: 'applicant' });
    if (answers.applicant.email) rows.push({ label: 'death.fields.email', value: answers.applicant.email, step: 'applicant' });
  }
  if (answers.deceased) rows.push({ label: 'death.steps.deceased', value: personLine(ctx.deceased), step: 'deceased', finding: 'deceased.personalId' });
  const registry = COMMUNES.find((c) => c.code === answers.registry?.registryCode);
  if (registry) rows.push({ label: 'death.fields.registryCode', value: registryNameFor(registry), step: 'registry' });
  const d = answers.death;
  if (d) {
    rows.push({ label: 'death.fields.dateOfDeath', value: `${date(d.dateOfDeath)}${d.timeOfDeath ? `, ${d.timeOfDeath}` : ''}`, step: 'death', finding: 'death.dateOfDeath' });
    rows.push({ label: 'death.fields.placeOfDeathKind', value: d.placeOfDeathKind, translate: 'death.options.placeOfDeathKind', step: 'death' });
    rows.push({ label: 'death.fields.placeOfDeath', value: d.placeOfDeath, step: 'death' });
    rows.push({ label: 'death.fields.cause', value: d.cause, step: 'death' });
    rows.push({ label: 'death.fields.noticeIssuedBy', value: d.noticeIssuedBy, translate: 'death.options.noticeIssuedBy', step: 'death' });
    if (d.noticeNumber || d.noticeDate) rows.push({ label: 'death.fields.noticeNumber', value: [d.noticeNumber, d.noticeDate && date(d.noticeDate)].filter(Boolean).join(', '), step: 'death' });
  }
  for (const doc of requiredDocuments(answers, ctx)) {
    rows.push({ label: `death.fields.${doc}`, value: String(answers.documents?.[doc]?.length ?? 0), translate: 'count', step: 'documents' });
  }
  const b = answers.bundle;
  if (b) {
    for (const item of ['residenceDeletion', 'funeralAllowance', 'survivorAllowance'] as const) {
      rows.push({ label: `death.fields.${item}`, value: b[item] ? 'yes' : 'no', translate: 'checkAnswers', step: 'bundle' });
    }
    if (b.funeralAllowance || b.survivorAllowance) {
      rows.push({ label: 'death.fields.recipientPersonalId', value: personLine(ctx.recipient), step: 'bundle', finding: 'bundle.recipientPersonalId' });
      rows.push({ label: 'death.fields.bankAccount', value: b.bankAccount, step: 'bundle' });
      rows.push({ label: 'death.fields.bank', value: b.bank, translate: 'death.options.bank', step: 'bundle' });
    }
  }
  return rows;
}
