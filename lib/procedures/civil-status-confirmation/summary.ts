import { COMMUNES } from '@/lib/reference';
import { registryNameFor } from '@/lib/registries';
import type { Finding, SummaryRow } from '../contract';
import { crossChecks, requiredDocuments } from './checks';
import type { ConfirmationContext } from './context';
import type { ConfirmationAnswers } from './schema';

export function summariseConfirmationAnswers(answers: ConfirmationAnswers, ctx: ConfirmationContext): SummaryRow[] {
  const rows: SummaryRow[] = [];
  const a = answers.applicant;
  if (a) {
    rows.push({ label: 'confirm.fields.relationship', value: a.relationship, translate: 'confirm.options.relationship', step: 'applicant' });
    if (a.relationship !== 'self') rows.push({ label: 'confirm.summary.subject', value: ctx.subject?.fullName ?? '—', step: 'applicant' });
    rows.push({ label: 'confirm.fields.phone', value: a.phone, step: 'applicant' });
    if (a.email) rows.push({ label: 'confirm.fields.email', value: a.email, step: 'applicant' });
  }
  const registry = COMMUNES.find((c) => c.code === answers.registry?.registryCode);
  if (registry) rows.push({ label: 'confirm.fields.registryCode', value: registryNameFor(registry), step: 'registry' });
  const r = answers.request;
  if (r) {
    rows.push({ label: 'confirm.fields.kind', value: r.kind, translate: 'confirm.options.kind', step: 'request' });
    if (r.kind !== 'inconsistentInformation') rows.push({ label: 'confirm.fields.events', value: r.events, translate: 'confirm.options.events', step: 'request' });
    rows.push({ label: 'confirm.fields.purpose', value: r.purpose, step: 'request' });
    if (r.agencyRequest) rows.push({ label: 'confirm.fields.agencyRequest', value: 'yes', translate: 'checkAnswers', step: 'request' });
  }
  const i = answers.inconsistencies;
  if (i && r?.kind === 'inconsistentInformation') {
    rows.push({ label: 'confirm.summary.item', value: `${i.item1Information}: “${i.item1FirstValue}” (${i.item1FirstDocument}) / “${i.item1SecondValue}” (${i.item1SecondDocument})`, step: 'inconsistencies' });
    if (i.item2Information) rows.push({ label: 'confirm.summary.item', value: `${i.item2Information}: “${i.item2FirstValue}” (${i.item2FirstDocument}) / “${i.item2SecondValue}” (${i.item2SecondDocument})`, step: 'inconsistencies' });
  }
  for (const doc of requiredDocuments(answers)) rows.push({ label: `confirm.fields.${doc}`, value: String(answers.documents?.[doc as 'proofs']?.length ?? 0), translate: 'count', step: 'documents' });
  return rows;
}

/** What the officer checks: the requester's right, the entries on record, and whether the police should verify. */
export function reviewFindings(answers: ConfirmationAnswers, ctx: ConfirmationContext): Finding[] {
  const findings: Finding[] = crossChecks(answers, ctx).map((p) => ({ field: `${p.step}.${p.field}`, code: p.message, severity: 'error' }));
  if (answers.applicant?.relationship === 'authorised') findings.push({ field: 'documents.authorisation', code: 'confirm.findings.checkAuthorisation', severity: 'warning', typed: ctx.subject?.fullName });
  if (answers.request?.kind === 'inconsistentInformation') {
    const typed = answers.inconsistencies?.item1FirstValue;
    const match = ctx.detected.some((d) => d.firstValue === typed || d.secondValue === typed);
    findings.push({ field: 'inconsistencies.item1Information', code: match ? 'confirm.findings.inconsistencyOnRecord' : 'confirm.findings.inconsistencyNotOnRecord', severity: match ? 'info' : 'warning', typed, onRecord: ctx.detected.map((d) => `${d.firstValue} / ${d.secondValue}`).join('; ') || '—' });
  }
  return findings;
}
