import type { Db } from '@/db/types';
import { AppError } from '@/lib/errors';
import { population, type Person } from '@/lib/population';
import { loadSubject } from '../requester';
import type { CopyAnswers } from './schema';

/*
 * Whose entry the copies are of: the applicant's own, a minor child's (the population database
 * names the applicant as a parent), or someone else's under an authorisation.
 */

export type CopyContext = {
  today: string;
  applicant: Person;
  /** The person the entry is about; the applicant for their own copies; null while unknown. */
  subject: Person | null;
  /** The subject is the applicant's child under 18 in the population database. */
  subjectIsMinorChild: boolean;
};

export async function loadCopyContext(db: Db, input: { answers: CopyAnswers; applicantPersonalId: string; today: string }): Promise<CopyContext> {
  const pop = population(db);
  const applicant = await pop.findPerson(input.applicantPersonalId);
  if (!applicant) throw new AppError('notFound', 'Applicant not in the population database');
  return { today: input.today, applicant, ...(await loadSubject(pop, applicant, input.answers.applicant, input.today)) };
}
