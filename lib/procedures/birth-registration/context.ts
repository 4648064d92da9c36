import type { Db } from '@/db/types';
import { birthNoticesOfMother } from '@/lib/birth-notices';
import { findMarriage } from '@/lib/civil-status/records';
import { AppError } from '@/lib/errors';
import { parsePersonalId } from '@/lib/identity/personal-id';
import { population, type Person } from '@/lib/population';
import { parentFromApplicant, type BirthContext } from './prefill';
import type { BirthAnswers } from './schema';

/**
 * The parent whose household the child joins with the residence bundle: the first parent (mother,
 * then father) registered in a household, else the first with a permanent residence. Registration
 * and the household head's consent both use this one parent, so they cannot disagree.
 */
export function residenceParent(ctx: Pick<BirthContext, 'mother' | 'father'>): Person | null {
  const parents = [ctx.mother, ctx.father].filter((p): p is Person => p !== null && p.permanentResidence !== null);
  return parents.find((p) => p.householdId) ?? parents[0] ?? null;
}

/** Looks up everything the birth form prefills from, for the answers given so far. */
export async function loadBirthContext(db: Db, input: { answers: BirthAnswers; applicantPersonalId: string; today: string }): Promise<BirthContext> {
  const { answers, today } = input;
  const pop = population(db);
  const applicant = await pop.findPerson(input.applicantPersonalId);
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
  // The declared father only: "not declared" leaves him out of the household too.
  const parents = { mother, father: answers.father?.status === 'notDeclared' ? null : father };
  const home = residenceParent(parents);
  const householdHead = home?.householdId ? await pop.findHouseholdHead(home.householdId) : null;
  return { today, applicant, mother, father, birthNotice, marriage, householdHead };
}
