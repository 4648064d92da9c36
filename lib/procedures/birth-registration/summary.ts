import { dateInWordsEn, dateInWordsVi } from '@/lib/documents/date-in-words';
import { formatPersonalId } from '@/lib/identity/personal-id';
import type { SummaryRow } from '../contract';
import { homeTownText, requiredDocuments, type BirthContext } from './prefill';
import type { BirthAnswers } from './schema';
import { joinFullName } from '@/lib/population/names';
import { formatAddress } from '@/lib/reference/address';
import { ethnicityName } from '@/lib/reference/ethnicities';
import { registryNameFor } from '@/lib/registries';
import { COMMUNES } from '@/lib/reference';

/**
 * The applicant's answers as rows for "check your answers" and the officer's review: each row a
 * label id, a printable value (or a message composing it in the reader's language) and the
 * page to change it on. Values that are option codes stay codes, for the page to translate.
 */
export function summariseBirthAnswers(answers: BirthAnswers, ctx: BirthContext): SummaryRow[] {
  const rows: SummaryRow[] = [];
  const registry = COMMUNES.find((c) => c.code === answers.registry?.registryCode);
  if (registry) rows.push({ label: 'birth.fields.registryCode', value: registryNameFor(registry), step: 'registry' });
  if (answers.applicant) {
    rows.push({ label: 'birth.fields.relationship', value: answers.applicant.relationship, translate: 'birth.options.relationship', step: 'applicant' });
    rows.push({ label: 'birth.fields.phone', value: answers.applicant.phone, step: 'applicant' });
    if (answers.applicant.email) rows.push({ label: 'birth.fields.email', value: answers.applicant.email, step: 'applicant' });
  }
  const person = (p: BirthContext['mother']) =>
    p ? `${p.fullName} — ${formatPersonalId(p.personalId)} — ${p.dateOfBirth.slice(0, 4)}${p.permanentResidence ? ` — ${formatAddress(p.permanentResidence)}` : ''}` : '';
  if (answers.mother) rows.push({ label: 'birth.steps.mother', value: person(ctx.mother), step: 'mother', finding: 'mother.personalId' });
  if (answers.father) {
    rows.push(
      answers.father.status === 'provided'
        ? { label: 'birth.steps.father', value: person(ctx.father), step: 'father', finding: 'father.personalId' }
        : { label: 'birth.steps.father', value: 'notDeclared', translate: 'birth.options.status', step: 'father' },
    );
    const m = ctx.marriage;
    if (answers.father.status === 'provided') {
      rows.push({
        label: 'birth.fields.parentsMarriage',
        ...(m
          ? { value: '', message: { id: 'birth.summary.marriageCertificate', values: { number: m.entryNumber, book: m.book, date: m.registeredOn.split('-').reverse().join('/'), registry: m.registryName } } }
          : { value: 'notFound', translate: 'birth.options.parentsMarriage' }),
        step: 'father',
        finding: 'father.personalId',
      });
    }
  }
  const c = answers.child;
  if (c) {
    rows.push({ label: 'birth.fields.fullName', value: joinFullName(c), step: 'child', finding: 'child.surname' });
    rows.push({ label: 'birth.fields.sex', value: c.sex, translate: 'birth.options.sex', step: 'child' });
    rows.push({ label: 'birth.fields.dateOfBirth', value: `${c.dateOfBirth.split('-').reverse().join('/')}${c.timeOfBirth ? `, ${c.timeOfBirth}` : ''}`, step: 'child' });
    // Each catalogue chooses its words: the certificate's Vietnamese ones, or English.
    const inWords = { vi: dateInWordsVi(c.dateOfBirth), en: dateInWordsEn(c.dateOfBirth) };
    rows.push({ label: 'birth.fields.dateOfBirthInWords', value: inWords.vi, message: { id: 'birth.summary.dateInWords', values: inWords }, step: 'child' });
    rows.push({ label: 'birth.fields.placeOfBirthKind', value: c.placeOfBirth, step: 'child' });
    rows.push({ label: 'birth.fields.ethnicityCode', value: ethnicityName(c.ethnicityCode) ?? c.ethnicityCode, step: 'child' });
    rows.push({ label: 'birth.fields.homeTownKind', value: homeTownText(c, ctx), step: 'child' });
  }
  if (requiredDocuments(answers, ctx).length > 0) {
    for (const doc of requiredDocuments(answers, ctx)) {
      rows.push({ label: `birth.fields.${doc}`, value: String(answers.documents?.[doc]?.length ?? 0), translate: 'count', step: 'documents' });
    }
  }
  if (answers.bundle) {
    rows.push({ label: 'birth.fields.residence', value: answers.bundle.residence ? 'yes' : 'no', translate: 'checkAnswers', step: 'bundle' });
    rows.push({ label: 'birth.fields.healthInsurance', value: answers.bundle.healthInsurance ? 'yes' : 'no', translate: 'checkAnswers', step: 'bundle' });
  }
  return rows;
}
