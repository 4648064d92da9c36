import { getTranslations } from 'next-intl/server';
import { SummaryList } from '@/components/ui/summary-list';
import { dateInWordsVi } from '@/lib/documents/date-in-words';
import type { BirthCertificateContent } from '@/lib/documents/birth-certificate-pdf';

const date = (iso: string) => iso.split('-').reverse().join('/');

/** The birth certificate's printed content as HTML, exactly the fields of the PDF. */
export async function CertificatePreview({ content }: { content: BirthCertificateContent }) {
  const t = await getTranslations();
  const { child, mother, father } = content;
  const parent = (p: BirthCertificateContent['mother']) => (p ? `${p.fullName} — ${p.yearOfBirth} — ${p.ethnicity} — ${p.nationality} — ${p.residence}` : '—');
  return (
    <SummaryList
      rows={[
        { label: t('birth.fields.surname'), value: <strong>{child.fullName.toUpperCase()}</strong> },
        { label: t('birth.fields.sex'), value: t(`sex.${child.sex}`) },
        { label: t('birth.fields.dateOfBirth'), value: `${date(child.dateOfBirth)}${child.timeOfBirth ? `, ${child.timeOfBirth}` : ''}` },
        { label: t('birth.fields.dateOfBirthInWords'), value: dateInWordsVi(child.dateOfBirth) },
        { label: t('birth.fields.placeOfBirthKind'), value: child.placeOfBirth },
        { label: t('birth.fields.ethnicityCode'), value: child.ethnicity },
        { label: t('birth.fields.nationality'), value: child.nationality },
        { label: t('birth.fields.homeTownKind'), value: child.homeTown },
        { label: t('me.personalId'), value: child.personalId || '—' },
        { label: t('review.mother'), value: parent(mother) },
        { label: t('review.father'), value: parent(father) },
        { label: t('verify.registry'), value: content.registryName },
        ...(content.entryNumber ? [{ label: t('verify.entry'), value: `${content.entryNumber} — ${content.book}` }] : []),
      ]}
    />
  );
}
