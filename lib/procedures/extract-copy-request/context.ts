import type { Db } from '@/db/types';
import { AppError } from '@/lib/errors';
import { population, type Person } from '@/lib/population';
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
  const a = input.answers.applicant;
  if (!a || a.relationship === 'self' || !a.subjectPersonalId) return { today: input.today, applicant, subject: a?.relationship === 'self' || !a ? applicant : null, subjectIsMinorChild: false };
  const subject = await pop.findPerson(a.subjectPersonalId);
  const parent = subject ? subject.motherPersonalId === applicant.personalId || subject.fatherPersonalId === applicant.personalId : false;
  return { today: input.today, applicant, subject, subjectIsMinorChild: Boolean(subject && parent && ageOn(subject.dateOfBirth, input.today) < 18) };
}

export function ageOn(dateOfBirth: string, today: string): number {
  const years = Number(today.slice(0, 4)) - Number(dateOfBirth.slice(0, 4));
  return today.slice(5) < dateOfBirth.slice(5) ? years - 1 : years;
}
