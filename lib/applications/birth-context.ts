import type { Db } from '@/db/types';
import { birthNoticesOfMother } from '@/lib/birth-notices';
import { findMarriage } from '@/lib/civil-status/records';
import { parsePersonalId } from '@/lib/identity/personal-id';
import { population } from '@/lib/population';
import { AppError } from '@/lib/errors';
import { parentFromApplicant, type BirthAnswers, type BirthContext } from '@/lib/procedures/birth-registration';

/** Looks up everything the birth form prefills from, for the answers given so far. */
export async function loadBirthContext(db: Db, answers: BirthAnswers, applicantPersonalId: string, today: string): Promise<BirthContext> {
  const pop = population(db);
  const applicant = await pop.findPerson(applicantPersonalId);
  if (!applicant) throw new AppError('notFound', 'Applicant not in the population database');
  const relationship = answers.applicant?.relationship;
  const motherId = answers.mother?.personalId ?? parentFromApplicant(relationship, applicant, 'mother');
  const fatherId = answers.father?.status === 'provided' ? answers.father.personalId : parentFromApplicant(relationship, applicant, 'father');
  const find = async (id: string | undefined) => (id && parsePersonalId(id).ok ? pop.findPerson(id) : null);
  const [mother, father] = await Promise.all([find(motherId), find(fatherId)]);
  const notices = mother ? await birthNoticesOfMother(db, mother.personalId) : [];
  // The most recent notice no older than the 60-day registration window is the child's.
  const birthNotice = notices.filter((n) => n.childDateOfBirth <= today).sort((a, b) => b.childDateOfBirth.localeCompare(a.childDateOfBirth))[0] ?? null;
  const marriage = mother && father ? ((await findMarriage(db, mother.personalId, father.personalId)) ?? null) : null;
  return { today, applicant, mother, father, birthNotice, marriage };
}
