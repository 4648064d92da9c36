import { COMMUNES } from '@/lib/reference';
import { registryNameFor } from '@/lib/registries';
import type { SummaryRow } from '../contract';
import { personLine } from '../person-line';
import { requiredDocuments, sides } from './checks';
import type { MarriageContext } from './context';
import { PARTIES, type MarriageAnswers } from './schema';

const date = (iso: string) => iso.split('-').reverse().join('/');

/** The answers as rows for check-your-answers and the officer's review. */
export function summariseMarriageAnswers(answers: MarriageAnswers, ctx: MarriageContext): SummaryRow[] {
  const rows: SummaryRow[] = [];
  const s = sides(answers, ctx);
  if (answers.applicant) {
    rows.push({ label: 'marriage.fields.party', value: answers.applicant.party, translate: 'marriage.options.party', step: 'applicant', finding: 'applicant.party' });
    rows.push({ label: 'marriage.fields.phone', value: answers.applicant.phone, step: 'applicant' });
    if (answers.applicant.email) rows.push({ label: 'marriage.fields.email', value: answers.applicant.email, step: 'applicant' });
  }
  for (const p of PARTIES) {
    const person = s[p]?.person;
    if (person) rows.push({ label: `marriage.summary.${p}`, value: personLine(person), step: person === ctx.self.person ? 'applicant' : 'otherParty', finding: person === ctx.self.person ? undefined : 'otherParty.personalId' });
  }
  const registry = COMMUNES.find((c) => c.code === answers.registry?.registryCode);
  if (registry) rows.push({ label: 'marriage.fields.registryCode', value: registryNameFor(registry), step: 'registry', finding: 'registry.registryCode' });
  const status = answers.status;
  if (status) {
    for (const p of PARTIES) {
      rows.push({ label: `marriage.fields.${p}Status`, value: status[`${p}Status`], translate: `marriage.options.${p}Status`, step: 'status', finding: `status.${p}Status` });
      if (status[`${p}Status`] === 'divorced' && status[`${p}Court`]) {
        rows.push({ label: `marriage.summary.${p}Judgment`, value: [status[`${p}Court`], status[`${p}JudgmentNumber`], status[`${p}JudgmentDate`] && date(status[`${p}JudgmentDate`])].filter(Boolean).join(', '), step: 'status' });
      }
    }
  }
  if (answers.ceremony) rows.push({ label: 'marriage.fields.intendedDate', value: date(answers.ceremony.intendedDate), step: 'ceremony', finding: 'ceremony.intendedDate' });
  for (const doc of requiredDocuments(answers, ctx)) {
    rows.push({ label: `marriage.fields.${doc}`, value: String(answers.documents?.[doc]?.length ?? 0), translate: 'count', step: 'documents' });
  }
  return rows;
}
