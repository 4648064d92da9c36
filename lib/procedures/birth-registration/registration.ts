import { lockKeys } from '@/db/queries/locks';
import type { Db } from '@/db/types';
import { AppError } from '@/lib/errors';
import type { Address, Person } from '@/lib/population';
import { joinFullName } from '@/lib/population/names';
import type { RegisterInput, RegisterResult } from '../contract';
import { residenceParent } from './context';
import { homeTownText, registrationType, type BirthContext } from './prefill';
import type { BirthAnswers } from './schema';

export type ChildResidence = { address: Address; householdId: string | null; relationshipToHead: string | null };

/** With the residence bundle the child lives where the residence parent is registered, in that household. */
export function childResidence(ctx: Pick<BirthContext, 'mother' | 'father'>): ChildResidence | null {
  const parent: Person | null = residenceParent(ctx);
  if (!parent?.permanentResidence) return null;
  // A child of the head or of the head's spouse is the head's child; otherwise a grandchild.
  const parentIsHeadOrSpouse = ['Chủ hộ', 'Vợ', 'Chồng'].includes(parent.relationshipToHead ?? '');
  return {
    address: parent.permanentResidence,
    householdId: parent.householdId,
    relationshipToHead: parent.householdId ? (parentIsHeadOrSpouse ? 'Con' : 'Cháu') : null,
  };
}

/** The declared parents only: "not declared" keeps the father out of the child's record. */
export function declaredParents(answers: BirthAnswers, ctx: BirthContext) {
  return { mother: ctx.mother, father: answers.father?.status === 'provided' ? ctx.father : null };
}

/**
 * What a birth registration writes (Circular 01/2022 Art. 4(1), 11(2)), inside the engine's
 * registering transaction: the child's personal ID from the population database and the child's
 * record there, with the residence of the bundle when the household head agreed.
 */
export async function registerBirth(tx: Db, input: RegisterInput<BirthAnswers, BirthContext>): Promise<RegisterResult> {
  const { answers, ctx, population: pop, entry } = input;
  const child = answers.child;
  if (!child || !answers.bundle) throw new AppError('conflict', 'The application is incomplete', { reason: 'incomplete' });
  const parents = declaredParents(answers, ctx);
  // The same child registered twice (two drafts, two tabs) would get two personal ID numbers. Two
  // officers registering both at once must not both pass the check: registrations of a parent's
  // children wait for each other until the first commits, and the second then sees its child.
  await lockKeys(tx, [parents.mother?.personalId, parents.father?.personalId].filter((id): id is string => !!id).map((id) => `birth-registration:${id}`));
  const parentId = parents.mother?.personalId ?? parents.father?.personalId;
  const siblings = parentId ? await pop.findChildrenOf(parentId) : [];
  const fullName = joinFullName(child);
  if (siblings.some((s) => s.dateOfBirth === child.dateOfBirth && s.fullName === fullName)) {
    throw new AppError('conflict', 'A child with this name and date of birth is already registered to this parent', { reason: 'childAlreadyRegistered' });
  }
  const childPersonalId = await pop.allocatePersonalId({ registryProvinceCode: entry.registryProvinceCode, sex: child.sex, dateOfBirth: child.dateOfBirth });
  const refused = input.consents.some((c) => c.purpose === 'householdResidence' && c.status === 'refused');
  const residence = answers.bundle.residence && !refused ? childResidence(parents) : null;
  await pop.addPerson({
    personalId: childPersonalId,
    surname: child.surname,
    middleName: child.middleName,
    givenName: child.givenName,
    sex: child.sex,
    dateOfBirth: child.dateOfBirth,
    ethnicityCode: child.ethnicityCode,
    nationality: 'VN',
    placeOfBirth: child.placeOfBirth,
    homeTown: homeTownText(child, ctx),
    permanentResidence: residence?.address ?? null,
    phone: null,
    email: null,
    maritalStatus: 'single',
    fatherPersonalId: parents.father?.personalId ?? null,
    motherPersonalId: parents.mother?.personalId ?? null,
    householdId: residence?.householdId ?? null,
    relationshipToHead: residence?.relationshipToHead ?? null,
  });
  return {
    subjectPersonalId: childPersonalId,
    otherPartyPersonalId: null,
    nameOnRecord: fullName,
    registrationType: registrationType(child.dateOfBirth, input.submittedOn),
    facts: { childPersonalId, childFullName: fullName },
    lock: [],
    persons: [
      { role: 'child', personalId: childPersonalId, fullName, dateOfBirth: child.dateOfBirth },
      ...(parents.mother ? [{ role: 'mother' as const, personalId: parents.mother.personalId, fullName: parents.mother.fullName, dateOfBirth: parents.mother.dateOfBirth }] : []),
      ...(parents.father ? [{ role: 'father' as const, personalId: parents.father.personalId, fullName: parents.father.fullName, dateOfBirth: parents.father.dateOfBirth }] : []),
    ],
  };
}

