import type { MaritalStatusCertificateContent } from '@/lib/documents/marital-status-certificate-pdf';
import { upper } from '@/lib/documents/pdf-frame';
import { nationalityName, UNSIGNED, type Signer } from '@/lib/documents/registry-text';
import { declaredMaritalStatus } from '@/lib/civil-status/records';
import { AppError } from '@/lib/errors';
import type { Person } from '@/lib/population/types';
import { residenceOf } from '@/lib/population/residence';
import { formatAddress } from '@/lib/reference/address';
import { ethnicityName } from '@/lib/reference/ethnicities';
import type { DocumentValidity, PreviewRow, RegistrationFacts } from '../contract';
import type { MaritalCertContext } from './context';
import type { CertifiedStatus, MaritalCertAnswers } from './schema';

/*
 * What the marital-status certificate says (documents.md): the person, the residence period
 * certified, the status as a sentence, the purpose (with the intended spouse when it is for
 * marriage) and its validity: until the status changes or 6 months from issue, whichever comes
 * first (Decree 123/2015 Art. 23).
 */

export const VALID_MONTHS = 6;

/** The day a certificate issued on `issuedOn` is last valid: the day before the same date 6 months on. */
export function validUntil(issuedOn: string): string {
  const d = new Date(`${issuedOn}T00:00:00Z`);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + VALID_MONTHS);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/**
 * Expired 6 months after issue; no longer valid as soon as the holder's recorded status differs
 * from the one certified (she married), computed from the live record without editing the document.
 */
export function certificateValidity(c: MaritalStatusCertificateContent, input: { today: string; holder: Person | null }): DocumentValidity {
  const now = declaredMaritalStatus(input.holder?.maritalStatus);
  if (now !== null && now !== c.maritalStatus) return { state: 'noLongerValid', validUntil: c.validUntil };
  if (input.today > c.validUntil) return { state: 'expired', validUntil: c.validUntil };
  return { state: 'valid', validUntil: c.validUntil };
}

const date = (iso: string) => iso.split('-').reverse().join('/');
const title = (sex: Person['sex']) => (sex === 'female' ? 'bà' : 'ông');

function statusSentence(status: CertifiedStatus, answers: MaritalCertAnswers, ctx: MaritalCertContext): string {
  switch (status) {
    case 'neverMarried':
      return 'Chưa đăng ký kết hôn với ai.';
    case 'married': {
      const spouse = ctx.spouse;
      return spouse ? `Đang có vợ/chồng là ${title(spouse.sex)} ${upper(spouse.fullName)}, sinh ngày ${date(spouse.dateOfBirth)}.` : 'Đang có vợ/chồng.';
    }
    case 'divorced':
      return 'Đã ly hôn; hiện tại chưa đăng ký kết hôn với ai.';
    case 'widowed':
      return 'Có vợ/chồng đã chết; hiện tại chưa đăng ký kết hôn với ai.';
  }
  void answers;
}

function purposeSentence(answers: MaritalCertAnswers): string {
  const p = answers.purpose;
  if (!p) return '';
  if (p.purpose === 'other') return p.otherPurpose;
  const where = p.purpose === 'marryAbroad' ? `tại ${p.country}` : 'tại Việt Nam';
  return `Đăng ký kết hôn với ${upper(p.spouseFullName)}, sinh ngày ${date(p.spouseDateOfBirth)}, quốc tịch ${p.spouseNationality}, giấy tờ tùy thân ${p.spouseIdDocument}, ${where}.`;
}

/** The status on the certificate: the databases' when they record it, else the one declared and verified. */
export function certifiedStatus(answers: MaritalCertAnswers, ctx: MaritalCertContext): CertifiedStatus | null {
  return ctx.recorded ?? answers.status?.maritalStatus ?? null;
}

export function certificateContent(answers: MaritalCertAnswers, ctx: MaritalCertContext, registration: RegistrationFacts, signer: Signer | null = null): MaritalStatusCertificateContent {
  const status = certifiedStatus(answers, ctx);
  if (!status || !answers.purpose) throw new AppError('conflict', 'The application has no status or purpose', { reason: 'incomplete' });
  const p = ctx.applicant;
  const residence = residenceOf(p);
  const r = answers.residence;
  return {
    registryName: registration.registryName.normalize('NFC'),
    entryNumber: registration.entryNumber,
    book: registration.book,
    registeredOn: registration.registeredOn,
    person: {
      fullName: p.fullName,
      dateOfBirth: p.dateOfBirth,
      sex: p.sex === 'female' ? 'female' : 'male',
      ethnicity: ethnicityName(p.ethnicityCode) ?? p.ethnicityCode,
      nationality: nationalityName(p.nationality),
      personalId: p.personalId,
      residence: residence ? formatAddress(residence) : '',
    },
    residencePeriod: r?.livedElsewhere ? { address: r.previousAddress, from: r.previousFrom, to: r.previousTo } : null,
    maritalStatus: status,
    statusSentence: statusSentence(status, answers, ctx),
    purposeSentence: purposeSentence(answers),
    validUntil: validUntil(registration.registeredOn),
    signer: signer ?? UNSIGNED,
  };
}

export function certificatePreview(c: MaritalStatusCertificateContent): PreviewRow[] {
  return [
    { label: 'me.fullName', value: upper(c.person.fullName), emphasis: true },
    { label: 'me.dateOfBirth', value: date(c.person.dateOfBirth) },
    { label: 'me.sex', value: c.person.sex === 'male' ? 'Nam' : 'Nữ' },
    { label: 'me.ethnicity', value: c.person.ethnicity },
    { label: 'me.nationality', value: c.person.nationality },
    { label: 'me.personalId', value: c.person.personalId },
    { label: 'maritalCert.preview.residence', value: c.person.residence || '—' },
    ...(c.residencePeriod ? [{ label: 'maritalCert.preview.period', value: `${c.residencePeriod.address}: ${date(c.residencePeriod.from)} – ${date(c.residencePeriod.to)}` }] : []),
    { label: 'maritalCert.preview.status', value: c.statusSentence, emphasis: true },
    { label: 'maritalCert.preview.purpose', value: c.purposeSentence },
    { label: 'maritalCert.preview.validUntil', value: date(c.validUntil) },
    { label: 'verify.registry', value: c.registryName },
    ...(c.entryNumber ? [{ label: 'verify.entry', value: `${c.entryNumber} — ${c.book}` }] : []),
  ];
}
