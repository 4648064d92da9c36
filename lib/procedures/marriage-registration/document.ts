import type { MarriageCertificateContent, SpouseOnCertificate } from '@/lib/documents/marriage-certificate-pdf';
import { upper } from '@/lib/documents/pdf-frame';
import { nationalityName, UNSIGNED, type Signer } from '@/lib/documents/registry-text';
import { AppError } from '@/lib/errors';
import type { Person } from '@/lib/population/types';
import { residenceOf } from '@/lib/population/residence';
import { formatAddress } from '@/lib/reference/address';
import { ethnicityName } from '@/lib/reference/ethnicities';
import type { AmendableField, DocumentHolder, PreviewRow, RegistrationFacts } from '../contract';
import { sides } from './checks';
import type { MarriageContext } from './context';
import type { MarriageAnswers } from './schema';

/*
 * What the marriage certificate says (Law on Civil Status Art. 17(2); documents.md): wife and
 * husband as the population database records them, and the registry part. One content, printed as
 * one original per spouse, each with its own QR code.
 */

function spouse(p: Person): SpouseOnCertificate {
  const residence = residenceOf(p);
  return {
    fullName: p.fullName,
    dateOfBirth: p.dateOfBirth,
    ethnicity: ethnicityName(p.ethnicityCode) ?? p.ethnicityCode,
    nationality: nationalityName(p.nationality),
    residence: residence ? formatAddress(residence) : '',
    personalId: p.personalId,
  };
}

export function certificateContent(answers: MarriageAnswers, ctx: MarriageContext, registration: RegistrationFacts, signer: Signer | null = null): MarriageCertificateContent {
  const { groom, bride } = sides(answers, ctx);
  if (!groom || !bride) throw new AppError('conflict', 'The application has no two parties', { reason: 'incomplete' });
  return {
    registryName: registration.registryName.normalize('NFC'),
    entryNumber: registration.entryNumber,
    book: registration.book,
    registeredOn: registration.registeredOn,
    wife: spouse(bride.person),
    husband: spouse(groom.person),
    signer: signer ?? UNSIGNED,
  };
}

/** One original for each spouse. */
export function certificateHolders(c: MarriageCertificateContent): DocumentHolder[] {
  return [c.husband, c.wife].map((s) => ({ personalId: s.personalId, fullName: s.fullName, dateOfBirth: s.dateOfBirth }));
}

const date = (iso: string) => iso.split('-').reverse().join('/');

export function certificatePreview(c: MarriageCertificateContent): PreviewRow[] {
  const rows = (who: 'wife' | 'husband'): PreviewRow[] => {
    const s = c[who];
    return [
      { label: `marriage.preview.${who}`, value: upper(s.fullName), emphasis: true },
      { label: 'me.dateOfBirth', value: date(s.dateOfBirth) },
      { label: 'me.ethnicity', value: s.ethnicity },
      { label: 'me.nationality', value: s.nationality },
      { label: 'marriage.preview.residence', value: s.residence || '—' },
      { label: 'me.personalId', value: s.personalId },
    ];
  };
  return [
    ...rows('wife'),
    ...rows('husband'),
    { label: 'marriage.preview.registeredOn', value: date(c.registeredOn) },
    { label: 'verify.registry', value: c.registryName },
    ...(c.entryNumber ? [{ label: 'verify.entry', value: `${c.entryNumber} — ${c.book}` }] : []),
  ];
}

/**
 * What an amendment may correct on a marriage certificate (procedures.md §6), by the preview's
 * labels: a spouse's name as printed. A change of name itself is made on the person's birth entry;
 * the other printed facts come from the population database and are corrected there.
 */
export const AMENDABLE_MARRIAGE_FIELDS = [
  { label: 'marriage.preview.wife', type: 'name', role: 'wife' },
  { label: 'marriage.preview.husband', type: 'name', role: 'husband' },
] as const satisfies readonly AmendableField[];

/** The next version of a certificate (one original per spouse): the corrected names in place, signed anew. */
export function amendCertificate(content: MarriageCertificateContent, values: Readonly<Record<string, string>>, signer: Signer | null): MarriageCertificateContent {
  const name = (label: (typeof AMENDABLE_MARRIAGE_FIELDS)[number]['label'], current: string) => values[label]?.normalize('NFC').trim() || current;
  return {
    ...content,
    wife: { ...content.wife, fullName: name('marriage.preview.wife', content.wife.fullName) },
    husband: { ...content.husband, fullName: name('marriage.preview.husband', content.husband.fullName) },
    signer: signer ?? UNSIGNED,
  };
}
