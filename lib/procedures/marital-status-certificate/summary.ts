import { COMMUNES } from '@/lib/reference';
import { registryNameFor } from '@/lib/registries';
import type { Finding, SummaryRow } from '../contract';
import { crossChecks, requiredDocuments } from './checks';
import type { MaritalCertContext } from './context';
import type { MaritalCertAnswers } from './schema';

const date = (iso: string) => iso.split('-').reverse().join('/');

export function summariseMaritalCertAnswers(answers: MaritalCertAnswers, ctx: MaritalCertContext): SummaryRow[] {
  const rows: SummaryRow[] = [];
  if (answers.applicant) {
    rows.push({ label: 'maritalCert.fields.phone', value: answers.applicant.phone, step: 'applicant' });
    if (answers.applicant.email) rows.push({ label: 'maritalCert.fields.email', value: answers.applicant.email, step: 'applicant' });
  }
  const registry = COMMUNES.find((c) => c.code === answers.registry?.registryCode);
  if (registry) rows.push({ label: 'maritalCert.fields.registryCode', value: registryNameFor(registry), step: 'registry', finding: 'registry.registryCode' });
  if (answers.status) {
    rows.push({ label: 'maritalCert.fields.maritalStatus', value: ctx.recorded ?? answers.status.maritalStatus, translate: 'maritalCert.options.maritalStatus', step: 'status', finding: 'status.maritalStatus' });
    if (answers.status.mismatchNote) rows.push({ label: 'maritalCert.fields.mismatchNote', value: answers.status.mismatchNote, step: 'status' });
  }
  const r = answers.residence;
  if (r) rows.push({ label: 'maritalCert.fields.livedElsewhere', value: r.livedElsewhere ? `${r.previousAddress}: ${date(r.previousFrom)} – ${date(r.previousTo)}` : '—', step: 'residence' });
  const p = answers.purpose;
  if (p) {
    rows.push({ label: 'maritalCert.fields.purpose', value: p.purpose, translate: 'maritalCert.options.purpose', step: 'purpose' });
    if (p.purpose === 'other') rows.push({ label: 'maritalCert.fields.otherPurpose', value: p.otherPurpose, step: 'purpose' });
    else rows.push({ label: 'maritalCert.summary.intendedSpouse', value: [p.spouseFullName, date(p.spouseDateOfBirth), p.spouseNationality, p.spouseIdDocument, p.purpose === 'marryAbroad' ? p.country : ''].filter(Boolean).join(', '), step: 'purpose' });
  }
  if (answers.previous) rows.push({ label: 'maritalCert.fields.previousChoice', value: answers.previous.previousChoice, translate: 'maritalCert.options.previousChoice', step: 'previous' });
  for (const doc of requiredDocuments(answers, ctx)) rows.push({ label: `maritalCert.fields.${doc}`, value: String(answers.documents?.[doc]?.length ?? 0), translate: 'count', step: 'documents' });
  return rows;
}

/** What the officer checks: refusals, a status the databases cannot confirm (verify it), a mismatch the applicant reported, an earlier certificate not returned. */
export function reviewFindings(answers: MaritalCertAnswers, ctx: MaritalCertContext): Finding[] {
  const findings: Finding[] = crossChecks(answers, ctx).map((p) => ({ field: `${p.step}.${p.field}`, code: p.message, severity: 'error' }));
  if (!ctx.recorded) findings.push({ field: 'status.maritalStatus', code: 'maritalCert.findings.statusUnconfirmed', severity: 'warning', typed: answers.status?.maritalStatus });
  if (answers.status?.mismatchNote) findings.push({ field: 'status.maritalStatus', code: 'maritalCert.findings.mismatch', severity: 'warning', typed: answers.status.mismatchNote, onRecord: ctx.recorded ?? '—' });
  if (answers.previous?.previousChoice === 'notReturned') findings.push({ field: 'previous.previousChoice', code: 'maritalCert.findings.previousNotReturned', severity: 'info', typed: answers.previous.previousReason });
  if (answers.residence?.livedElsewhere) findings.push({ field: 'residence.livedElsewhere', code: 'maritalCert.findings.livedElsewhere', severity: 'info', typed: answers.residence.previousAddress });
  return findings;
}
