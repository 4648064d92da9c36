import { COMMUNES } from '@/lib/reference';
import { registryNameFor } from '@/lib/registries';
import type { Finding, SummaryRow } from '../contract';
import { documentOf } from '../entry-line';
import { crossChecks, requiredDocuments } from './checks';
import { chosenEntry, recordValues, type AmendmentContext } from './context';
import { itemsOf, type AmendmentAnswers } from './schema';

const registryName = (code: string | undefined) => {
  const c = COMMUNES.find((x) => x.code === code);
  return c ? registryNameFor(c) : '—';
};

export function summariseAmendment(answers: AmendmentAnswers, ctx: AmendmentContext): SummaryRow[] {
  const rows: SummaryRow[] = [];
  const a = answers.applicant;
  if (a) {
    rows.push({ label: 'amendment.fields.relationship', value: a.relationship, translate: 'amendment.options.relationship', step: 'applicant' });
    if (a.relationship !== 'self') rows.push({ label: 'amendment.summary.subject', value: ctx.subject?.fullName ?? '—', step: 'applicant' });
    rows.push({ label: 'amendment.fields.phone', value: a.phone, step: 'applicant' });
  }
  const entry = chosenEntry(answers, ctx);
  if (answers.record) {
    rows.push({ label: 'amendment.fields.recordId', value: entry ? documentOf(entry) : '—', ...(entry ? { message: { id: 'amendment.recordOption', values: recordValues(entry) } } : {}), step: 'record' });
    rows.push({ label: 'amendment.fields.amendmentType', value: answers.record.amendmentType, translate: 'amendment.options.amendmentType', step: 'record' });
  }
  for (const item of itemsOf(answers)) {
    const current = entry?.fields.find((f) => f.label === item.field)?.current;
    rows.push({ label: item.field, value: `${current || '—'} → ${item.value}`, step: 'items' });
    rows.push({ label: 'amendment.summary.reason', value: item.reason, step: 'items' });
  }
  if (answers.registry) rows.push({ label: 'amendment.fields.registryCode', value: registryName(answers.registry.registryCode), step: 'registry' });
  for (const doc of requiredDocuments(answers, ctx)) rows.push({ label: `amendment.fields.${doc}`, value: String(answers.documents?.[doc as 'proof']?.length ?? 0), translate: 'count', step: 'documents' });
  return rows;
}

/** What the officer checks: the rules again, and the proof against each requested value. */
export function reviewFindings(answers: AmendmentAnswers, ctx: AmendmentContext): Finding[] {
  const findings: Finding[] = crossChecks(answers, ctx).map((p) => ({ field: `${p.step}.${p.field}`, code: p.message, severity: 'error' }));
  const entry = chosenEntry(answers, ctx);
  for (const item of itemsOf(answers)) {
    findings.push({ field: `items.item${item.slot}Value`, code: 'amendment.findings.checkProof', severity: 'info', typed: item.value, onRecord: entry?.fields.find((f) => f.label === item.field)?.current ?? '' });
  }
  return findings;
}
