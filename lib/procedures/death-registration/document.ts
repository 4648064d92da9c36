import { residenceOf } from '@/lib/population/residence';
import type { DeathExtractContent } from '@/lib/documents/death-extract-pdf';
import { nationalityName, UNSIGNED, type Signer } from '@/lib/documents/registry-text';
import { AppError } from '@/lib/errors';
import type { Person } from '@/lib/population/types';
import { formatAddress } from '@/lib/reference/address';
import { ethnicityName } from '@/lib/reference/ethnicities';
import type { PreviewRow, RegistrationFacts } from '../contract';
import { registrationType } from './checks';
import type { DeathContext } from './context';
import type { DeathAnswers } from './schema';

/*
 * What the death extract says (Decree 123/2015 Art. 4(2); documents.md): the deceased as the
 * population database records them, the death as declared (or as the electronic notice has it),
 * the notice, the declarant and the registry part. The same function builds the returned draft
 * (no number yet) and the issued extract.
 */

const nfc = (s: string) => s.normalize('NFC').trim();

const RELATIONSHIPS_VI: Record<string, string | ((sex: Person['sex']) => string)> = {
  spouse: (sex) => (sex === 'female' ? 'Vợ' : 'Chồng'),
  child: 'Con',
  parent: (sex) => (sex === 'female' ? 'Mẹ' : 'Cha'),
  relative: 'Người thân thích',
  organisation: 'Người đại diện cơ quan, tổ chức',
  authorised: 'Người được ủy quyền',
};

const NOTICE_ISSUERS_VI: Record<string, string> = {
  healthFacility: 'Cơ sở y tế',
  court: 'Tòa án',
  police: 'Cơ quan công an',
  executionCouncil: 'Hội đồng thi hành án tử hình',
  commune: 'Ủy ban nhân dân cấp xã',
};

export function relationshipVi(relationship: string | undefined, applicantSex: Person['sex']): string {
  const r = relationship ? RELATIONSHIPS_VI[relationship] : undefined;
  return !r ? '' : typeof r === 'function' ? r(applicantSex) : r;
}

export function extractContent(answers: DeathAnswers, ctx: Pick<DeathContext, 'applicant' | 'deceased' | 'deathNotice'>, registration: RegistrationFacts, signer: Signer | null = null): DeathExtractContent {
  const { deceased } = ctx;
  const death = answers.death;
  if (!deceased || !death) throw new AppError('conflict', 'The application has no deceased or death details', { reason: 'incomplete' });
  const residence = residenceOf(deceased);
  const notice = death.noticeNumber || death.noticeDate ? { issuedBy: ctx.deathNotice?.issuer ?? NOTICE_ISSUERS_VI[death.noticeIssuedBy] ?? '', number: nfc(death.noticeNumber), date: death.noticeDate } : null;
  return {
    registryName: nfc(registration.registryName),
    entryNumber: registration.entryNumber,
    book: registration.book,
    registeredOn: registration.registeredOn,
    registrationType: registrationType(death.dateOfDeath, registration.registeredOn) === 'late' || registration.registrationType === 'late' ? 'late' : 'onTime',
    deceased: {
      fullName: deceased.fullName,
      sex: deceased.sex === 'female' ? 'female' : 'male',
      dateOfBirth: deceased.dateOfBirth,
      ethnicity: ethnicityName(deceased.ethnicityCode) ?? deceased.ethnicityCode,
      nationality: nationalityName(deceased.nationality),
      residence: residence ? formatAddress(residence) : '',
      personalId: deceased.personalId,
    },
    death: {
      dateOfDeath: death.dateOfDeath,
      ...(death.timeOfDeath ? { timeOfDeath: death.timeOfDeath } : {}),
      placeOfDeath: nfc(death.placeOfDeath),
      cause: nfc(death.cause),
    },
    deathNotice: notice,
    declarant: { fullName: ctx.applicant.fullName, relationship: relationshipVi(answers.applicant?.relationship, ctx.applicant.sex), personalId: ctx.applicant.personalId },
    signer: signer ?? UNSIGNED,
  };
}

const date = (iso: string) => iso.split('-').reverse().join('/');

/** The printed fields as HTML rows (draft, verify page): the same content as the PDF. */
export function extractPreview(c: DeathExtractContent): PreviewRow[] {
  return [
    { label: 'death.fields.deceasedFullName', value: c.deceased.fullName.toLocaleUpperCase('vi-VN'), emphasis: true },
    { label: 'me.dateOfBirth', value: date(c.deceased.dateOfBirth) },
    { label: 'me.sex', value: c.deceased.sex === 'male' ? 'Nam' : 'Nữ' },
    { label: 'me.ethnicity', value: c.deceased.ethnicity },
    { label: 'me.nationality', value: c.deceased.nationality },
    { label: 'me.personalId', value: c.deceased.personalId },
    { label: 'death.fields.lastResidence', value: c.deceased.residence || '—' },
    { label: 'death.fields.dateOfDeath', value: `${date(c.death.dateOfDeath)}${c.death.timeOfDeath ? `, ${c.death.timeOfDeath}` : ''}` },
    { label: 'death.fields.placeOfDeath', value: c.death.placeOfDeath },
    { label: 'death.fields.cause', value: c.death.cause },
    ...(c.deathNotice ? [{ label: 'death.fields.noticeNumber', value: [c.deathNotice.number, c.deathNotice.date && date(c.deathNotice.date), c.deathNotice.issuedBy].filter(Boolean).join(' — ') }] : []),
    { label: 'death.fields.declarant', value: `${c.declarant.fullName} (${c.declarant.relationship})` },
    { label: 'verify.registry', value: c.registryName },
    ...(c.entryNumber ? [{ label: 'verify.entry', value: `${c.entryNumber} — ${c.book}` }] : []),
  ];
}
