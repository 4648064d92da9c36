import type { BirthCertificateContent, BirthCertificateParent } from '@/lib/documents/birth-certificate-pdf';
import { AppError } from '@/lib/errors';
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

export type Signer = { fullName: string; titleLines: readonly string[] };

export type RegistrationFacts = {
  registryName: string;
  entryNumber: string;
  book: string;
  /** YYYY-MM-DD */
  registeredOn: string;
  childPersonalId: string;
  signer?: Signer;
};

const nfc = (s: string) => s.normalize('NFC').trim();

/** The signature block before anyone has signed (drafts): the chair's lines, no name. */
export const UNSIGNED: Signer = { fullName: '', titleLines: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'] };

export function nationalityName(code: string): string {
  return code === 'VN' ? 'Việt Nam' : code;
}

/** "Phó Chủ tịch UBND phường" signs on behalf of the chair (KT. CHỦ TỊCH). */
export function signerTitleLines(title: string): string[] {
  const t = nfc(title).toLocaleLowerCase('vi-VN');
  if (t.startsWith('phó chủ tịch')) return ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'];
  if (t.startsWith('chủ tịch')) return ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'];
  return ['TM. ỦY BAN NHÂN DÂN', nfc(title).toLocaleUpperCase('vi-VN')];
}

/** "Ủy ban nhân dân phường Hoàn Kiếm, thành phố Hà Nội", as the registry is named on documents. */
export function printedRegistryName(registry: { communeName: string; provinceName: string }): string {
  const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase('vi-VN') + s.slice(1);
  return nfc(`Ủy ban nhân dân ${lowerFirst(registry.communeName)}, ${lowerFirst(registry.provinceName)}`);
}

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
  const residence = p.permanentResidence ?? p.temporaryResidence;
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
): BirthCertificateContent {
  const child = answers.child;
  if (!child) throw new AppError('conflict', 'The application has no child details');
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
      personalId: registration.childPersonalId,
    },
    mother: ctx.mother ? parent(ctx.mother) : null,
    father: fatherDeclared && ctx.father ? parent(ctx.father) : null,
    declarant: { fullName: ctx.applicant.fullName, relationship: relationshipVi(answers.applicant?.relationship, ctx.applicant.sex) },
    signer: registration.signer ?? UNSIGNED,
  };
}
