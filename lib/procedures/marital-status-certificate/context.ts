import { selectDocumentsOfHolder } from '@/db/queries/documents';
import type { Db } from '@/db/types';
import { recordedMaritalStatus, recordsOfPerson } from '@/lib/civil-status/records';
import type { MaritalStatusCertificateContent } from '@/lib/documents/marital-status-certificate-pdf';
import { AppError } from '@/lib/errors';
import { population, type Person } from '@/lib/population';
import { certificateValidity } from './document';
import type { CertifiedStatus, MaritalCertAnswers } from './schema';

/*
 * What the databases say of the applicant's marital status: the Electronic Civil Status Database
 * prevails over the population database; a current spouse from the latest marriage entry; and the
 * certificates for marriage she already holds that are still valid (applying again means returning
 * one or saying why not).
 */

export type PreviousCertificate = { id: string; issuedOn: string; purpose: string };

export type MaritalCertContext = {
  today: string;
  applicant: Person;
  /** Null: neither database records the status; the applicant declares it and the registry verifies. */
  recorded: CertifiedStatus | null;
  spouse: Person | null;
  previous: PreviousCertificate[];
};

export async function loadMaritalCertContext(db: Db, input: { answers: MaritalCertAnswers; applicantPersonalId: string; today: string }): Promise<MaritalCertContext> {
  const pop = population(db);
  const applicant = await pop.findPerson(input.applicantPersonalId);
  if (!applicant) throw new AppError('notFound', 'Applicant not in the population database');
  const [recorded, entries, documents] = await Promise.all([recordedMaritalStatus(db, applicant), recordsOfPerson(db, applicant.personalId), selectDocumentsOfHolder(db, applicant.personalId, 'maritalStatusCertificate')]);
  const marriage = entries.filter((r) => r.eventType === 'marriage' && r.status !== 'deleted').at(-1);
  const spouseId = recorded === 'married' && marriage ? (marriage.subjectPersonalId === applicant.personalId ? marriage.otherPartyPersonalId : marriage.subjectPersonalId) : null;
  const spouse = spouseId ? await pop.findPerson(spouseId) : null;
  const previous = documents
    .filter((d) => d.status === 'valid')
    .map((d) => ({ row: d, content: d.content as MaritalStatusCertificateContent }))
    .filter(({ content }) => /^Đăng ký kết hôn/.test(content.purposeSentence) && certificateValidity(content, { today: input.today, holder: applicant }).state === 'valid')
    .map(({ row, content }) => ({ id: row.id, issuedOn: content.registeredOn, purpose: content.purposeSentence }));
  return { today: input.today, applicant, recorded, spouse, previous };
}
