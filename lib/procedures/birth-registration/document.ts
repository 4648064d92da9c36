import { residenceOf } from '@/lib/population/residence';
import type { BirthCertificateContent, BirthCertificateParent } from '@/lib/documents/birth-certificate-pdf';
import { AppError } from '@/lib/errors';
import { nationalityName, UNSIGNED, type Signer } from '@/lib/documents/registry-text';
import { dateInWordsVi } from '@/lib/documents/date-in-words';
import type { AmendableField, PreviewRow, RegistrationFacts } from '../contract';
import { isoDateOfValue, printedDate, sexOfValue } from '@/lib/civil-status/amended-values';
import { joinFullName } from '@/lib/population/names';
import type { Person } from '@/lib/population/types';
import { formatAddress } from '@/lib/reference/address';
import { ethnicityName } from '@/lib/reference/ethnicities';
import { homeTownText, type BirthContext } from './prefill';
import type { BirthAnswers } from './schema';

/*
 * What the birth certificate says (Law on Civil Status Art. 14(1)), decided from the answers and
 * the databases: names as typed for the child, the parents as the population database records
 * them. The same function builds the returned draft (no number yet) and the final certificate.
 */

const nfc = (s: string) => s.normalize('NFC').trim();

const RELATIONSHIPS_VI: Record<string, string | ((sex: Person['sex']) => string)> = {
  mother: 'Mẹ',
  father: 'Cha',
  grandparent: (sex) => (sex === 'female' ? 'Bà' : 'Ông'),
  relative: 'Người thân thích',
  carer: 'Người nuôi dưỡng',
  authorised: 'Người được ủy quyền',
};

export function relationshipVi(relationship: string | undefined, applicantSex: Person['sex']): string {
  const r = relationship ? RELATIONSHIPS_VI[relationship] : undefined;
  if (!r) return '';
  return typeof r === 'function' ? r(applicantSex) : r;
}

function parent(p: Person): BirthCertificateParent {
  const residence = residenceOf(p);
  return {
    fullName: p.fullName,
    yearOfBirth: p.dateOfBirth.slice(0, 4),
    ethnicity: ethnicityName(p.ethnicityCode) ?? p.ethnicityCode,
    nationality: nationalityName(p.nationality),
    residence: residence ? formatAddress(residence) : '',
  };
}

export function certificateContent(
  answers: BirthAnswers,
  ctx: Pick<BirthContext, 'applicant' | 'mother' | 'father'>,
  registration: RegistrationFacts,
  signer: Signer | null = null,
): BirthCertificateContent {
  const child = answers.child;
  if (!child) throw new AppError('conflict', 'The application has no child details', { reason: 'incomplete' });
  const fatherDeclared = answers.father?.status === 'provided';
  return {
    registryName: nfc(registration.registryName),
    entryNumber: registration.entryNumber,
    book: registration.book,
    registeredOn: registration.registeredOn,
    child: {
      fullName: joinFullName(child),
      sex: child.sex,
      dateOfBirth: child.dateOfBirth,
      ...(child.timeOfBirth ? { timeOfBirth: child.timeOfBirth } : {}),
      placeOfBirth: nfc(child.placeOfBirth),
      ethnicity: ethnicityName(child.ethnicityCode) ?? child.ethnicityCode,
      // Foreign-element cases are out of scope for v1: a child of a Vietnamese parent is Vietnamese.
      nationality: nationalityName('VN'),
      homeTown: nfc(homeTownText(child, ctx)),
      personalId: registration.subjectPersonalId,
    },
    mother: ctx.mother ? parent(ctx.mother) : null,
    father: fatherDeclared && ctx.father ? parent(ctx.father) : null,
    declarant: { fullName: ctx.applicant.fullName, relationship: relationshipVi(answers.applicant?.relationship, ctx.applicant.sex) },
    signer: signer ?? UNSIGNED,
  };
}

/** The printed fields as HTML rows (draft, verify page): the same content as the PDF. */
export function certificatePreview(content: BirthCertificateContent): PreviewRow[] {
  const { child, mother, father } = content;
  const parentLine = (p: BirthCertificateParent | null) => (p ? `${p.fullName} — ${p.yearOfBirth} — ${p.ethnicity} — ${p.nationality} — ${p.residence}` : '—');
  return [
    { label: 'birth.fields.fullName', value: child.fullName.toLocaleUpperCase('vi-VN'), emphasis: true },
    { label: 'birth.fields.sex', value: child.sex === 'male' ? 'Nam' : 'Nữ' },
    { label: 'birth.fields.dateOfBirth', value: `${printedDate(child.dateOfBirth)}${child.timeOfBirth ? `, ${child.timeOfBirth}` : ''}` },
    { label: 'birth.fields.dateOfBirthInWords', value: dateInWordsVi(child.dateOfBirth) },
    { label: 'birth.fields.placeOfBirthKind', value: child.placeOfBirth },
    { label: 'birth.fields.ethnicityCode', value: child.ethnicity },
    { label: 'birth.fields.nationality', value: child.nationality },
    { label: 'birth.fields.homeTownKind', value: child.homeTown },
    { label: 'me.personalId', value: child.personalId || '—' },
    { label: 'review.mother', value: parentLine(mother) },
    { label: 'review.father', value: parentLine(father) },
    { label: 'verify.registry', value: content.registryName },
    ...(content.entryNumber ? [{ label: 'verify.entry', value: `${content.entryNumber} — ${content.book}` }] : []),
  ];
}

/** What an amendment may change on a birth certificate (procedures.md §6), by the preview's labels. */
export const AMENDABLE_BIRTH_FIELDS = [
  { label: 'birth.fields.fullName', type: 'name', role: 'child', ofSubject: true },
  { label: 'birth.fields.sex', type: 'sex', ofSubject: true, identifies: 'sex' },
  { label: 'birth.fields.dateOfBirth', type: 'date', role: 'child', ofSubject: true, identifies: 'dateOfBirth' },
  { label: 'birth.fields.placeOfBirthKind', type: 'text' },
  { label: 'birth.fields.ethnicityCode', type: 'ethnicity', ofSubject: true },
  { label: 'birth.fields.homeTownKind', type: 'text' },
  // Reissued by the population database when a corrected sex or year of birth requires it (Art. 4(1)).
  { label: 'me.personalId', type: 'personalId', ofSubject: true },
] as const satisfies readonly AmendableField[];

/** The next version of a certificate: the amended values in place, signed anew. */
export function amendCertificate(content: BirthCertificateContent, values: Readonly<Record<string, string>>, signer: Signer | null): BirthCertificateContent {
  const v = (label: (typeof AMENDABLE_BIRTH_FIELDS)[number]['label']) => (values[label] === undefined ? undefined : nfc(values[label]));
  const sex = v('birth.fields.sex');
  const dateOfBirth = v('birth.fields.dateOfBirth');
  return {
    ...content,
    child: {
      ...content.child,
      fullName: v('birth.fields.fullName') ?? content.child.fullName,
      sex: (sex && sexOfValue(sex)) || content.child.sex,
      dateOfBirth: (dateOfBirth && isoDateOfValue(dateOfBirth)) || content.child.dateOfBirth,
      personalId: v('me.personalId') ?? content.child.personalId,
      placeOfBirth: v('birth.fields.placeOfBirthKind') ?? content.child.placeOfBirth,
      ethnicity: v('birth.fields.ethnicityCode') ?? content.child.ethnicity,
      homeTown: v('birth.fields.homeTownKind') ?? content.child.homeTown,
    },
    signer: signer ?? UNSIGNED,
  };
}
