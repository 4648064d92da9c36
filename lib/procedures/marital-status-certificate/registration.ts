import { updateDocumentStatus } from '@/db/queries/documents';
import type { Db } from '@/db/types';
import type { RegisterInput, RegisterResult } from '../contract';
import type { MaritalCertContext } from './context';
import type { MaritalCertAnswers } from './schema';

/**
 * The certificate is entered in the registry's book of marital-status certificates. Applying for
 * marriage again, the earlier certificates still valid are superseded by the new one: returned, or
 * declared lost with a reason (Circular 04/2020 Art. 12), so only one certificate for marriage is valid.
 */
export async function registerCertificate(tx: Db, input: RegisterInput<MaritalCertAnswers, MaritalCertContext>): Promise<RegisterResult> {
  const { ctx, answers } = input;
  const superseded = answers.previous ? ctx.previous : [];
  for (const previous of superseded) await updateDocumentStatus(tx, previous.id, 'superseded');
  return {
    subjectPersonalId: ctx.applicant.personalId,
    otherPartyPersonalId: null,
    nameOnRecord: ctx.applicant.fullName,
    registrationType: 'new',
    facts: superseded.length ? { supersededDocuments: superseded.map((p) => p.id).join(' ') } : {},
    lock: [],
    persons: [{ role: 'holder', personalId: ctx.applicant.personalId, fullName: ctx.applicant.fullName, dateOfBirth: ctx.applicant.dateOfBirth }],
  };
}
