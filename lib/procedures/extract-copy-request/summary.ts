import { COMMUNES } from '@/lib/reference';
import { registryNameFor } from '@/lib/registries';
import type { Finding, SummaryRow } from '../contract';
import { crossChecks, requiredDocuments } from './checks';
import type { CopyContext } from './context';
import type { CopyAnswers } from './schema';

const date = (iso: string) => (iso ? iso.split('-').reverse().join('/') : '—');
const registryName = (code: string | undefined) => {
  const c = COMMUNES.find((x) => x.code === code);
  return c ? registryNameFor(c) : '—';
};
const person = (name: string, dob: string) => (name ? `${name}, ${date(dob)}` : '—');

export function summariseCopyAnswers(answers: CopyAnswers, ctx: CopyContext): SummaryRow[] {
  const rows: SummaryRow[] = [];
  const a = answers.applicant;
  if (a) {
    rows.push({ label: 'copies.fields.relationship', value: a.relationship, translate: 'copies.options.relationship', step: 'applicant' });
    if (a.relationship !== 'self') rows.push({ label: 'copies.summary.subject', value: ctx.subject?.fullName ?? '—', step: 'applicant' });
    rows.push({ label: 'copies.fields.phone', value: a.phone, step: 'applicant' });
    if (a.email) rows.push({ label: 'copies.fields.email', value: a.email, step: 'applicant' });
  }
  if (answers.registry) rows.push({ label: 'copies.fields.registryCode', value: registryName(answers.registry.registryCode), step: 'registry' });
  const r = answers.request;
  if (r) {
    rows.push({ label: 'copies.fields.documentKind', value: r.documentKind, translate: 'copies.options.documentKind', step: 'request' });
    rows.push({ label: 'copies.fields.lookup', value: r.lookup, translate: 'copies.options.lookup', step: 'request' });
    rows.push({ label: 'copies.fields.copies', value: r.copies, step: 'request' });
  }
  const e = answers.entry;
  if (e && r?.lookup === 'byRegistrationDetails') {
    rows.push({ label: 'copies.fields.entryRegistry', value: registryName(e.entryRegistry), step: 'entry' });
    rows.push({ label: 'copies.fields.entryNumber', value: e.entryNumber, step: 'entry' });
    rows.push({ label: 'copies.fields.registeredOn', value: date(e.registeredOn), step: 'entry' });
  }
  if (r?.lookup === 'byPersonalDetails') {
    const b = answers.birthPersons;
    if (b && r.documentKind === 'birthCertificateCopy') {
      rows.push({ label: 'copies.summary.child', value: person(b.childFullName, b.childDateOfBirth), step: 'birthPersons' });
      rows.push({ label: 'copies.summary.mother', value: person(b.motherFullName, b.motherDateOfBirth), step: 'birthPersons' });
      rows.push({ label: 'copies.summary.father', value: person(b.fatherFullName, b.fatherDateOfBirth), step: 'birthPersons' });
    }
    const m = answers.marriagePersons;
    if (m && r.documentKind === 'marriageExtract') {
      rows.push({ label: 'copies.summary.wife', value: person(m.wifeFullName, m.wifeDateOfBirth), step: 'marriagePersons' });
      rows.push({ label: 'copies.summary.husband', value: person(m.husbandFullName, m.husbandDateOfBirth), step: 'marriagePersons' });
    }
    const d = answers.deathPersons;
    if (d && r.documentKind === 'deathExtract') {
      rows.push({ label: 'copies.summary.deceased', value: person(d.deceasedFullName, d.deceasedDateOfBirth), step: 'deathPersons' });
      if (d.dateOfDeath) rows.push({ label: 'copies.fields.dateOfDeath', value: date(d.dateOfDeath), step: 'deathPersons' });
    }
  }
  for (const doc of requiredDocuments(answers)) rows.push({ label: `copies.fields.${doc}`, value: String(answers.documents?.[doc as 'authorisation']?.length ?? 0), translate: 'count', step: 'documents' });
  return rows;
}

/** What the officer checks when the copies could not be issued at once. */
export function reviewFindings(answers: CopyAnswers, ctx: CopyContext): Finding[] {
  const findings: Finding[] = crossChecks(answers, ctx).map((p) => ({ field: `${p.step}.${p.field}`, code: p.message, severity: 'error' }));
  if (answers.applicant?.relationship === 'authorised') findings.push({ field: 'documents.authorisation', code: 'copies.findings.checkAuthorisation', severity: 'warning', typed: ctx.subject?.fullName });
  return findings;
}
