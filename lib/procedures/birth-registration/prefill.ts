import type { BirthNoticeRow, CivilStatusRecordRow } from '@/db/queries/civil-status';
import type { Person } from '@/lib/population/types';
import { formatAddress } from '@/lib/reference/address';
import type { BirthAnswers } from './schema';

/*
 * What the state already knows, so the applicant types as little as possible (Art. 6(2)): the
 * electronic birth notice fills the birth facts, the population database the parents, the
 * civil-status database their marriage, and the child's surname, ethnicity and home town are
 * suggested from the parents. Pure functions over a loaded context.
 */

export type BirthContext = {
  /** Today in Asia/Ho_Chi_Minh. */
  today: string;
  applicant: Person;
  mother: Person | null;
  father: Person | null;
  birthNotice: BirthNoticeRow | null;
  marriage: CivilStatusRecordRow | null;
  /** The head of the household the child would join with the residence bundle (./context). */
  householdHead: Person | null;
};

type Child = NonNullable<BirthAnswers['child']>;

/** Fields filled from the electronic birth notice; read-only in the form when present. */
export function birthNoticeFacts(notice: BirthNoticeRow): Pick<Child, 'sex' | 'dateOfBirth' | 'timeOfBirth' | 'placeOfBirthKind' | 'placeOfBirth'> {
  return {
    sex: notice.childSex === 'female' ? 'female' : 'male',
    dateOfBirth: notice.childDateOfBirth,
    timeOfBirth: notice.childTimeOfBirth.slice(0, 5),
    placeOfBirthKind: 'healthFacility',
    placeOfBirth: `${notice.facility}, ${formatAddress({ provinceCode: notice.facilityProvinceCode, communeCode: notice.facilityCommuneCode, detail: notice.facilityDetail })}`,
  };
}

/** Suggestions for the child page; the applicant may change all but the birth-notice facts. */
export function suggestChild(ctx: BirthContext): Partial<Child> {
  const { mother, father } = ctx;
  const surnameFrom = father ?? mother;
  const sameEthnicity = mother && father && mother.ethnicityCode === father.ethnicityCode ? mother.ethnicityCode : undefined;
  return {
    surname: surnameFrom?.surname ?? '',
    ethnicityCode: sameEthnicity ?? (father ? undefined : mother?.ethnicityCode),
    homeTownKind: father ? 'sameAsFather' : 'sameAsMother',
    ...(ctx.birthNotice ? birthNoticeFacts(ctx.birthNotice) : {}),
  };
}

/** Who the applicant is sets the parent IDs she does not have to type. */
export function parentFromApplicant(relationship: string | undefined, applicant: Person, role: 'mother' | 'father'): string | undefined {
  return relationship === role ? applicant.personalId : undefined;
}

export type RequiredDocument = 'witnessStatement' | 'authorisation';

/** Attachments needed: a witness or sworn statement without an e-notice; an authorisation for others. */
export function requiredDocuments(answers: BirthAnswers, ctx: Pick<BirthContext, 'birthNotice'>): RequiredDocument[] {
  const docs: RequiredDocument[] = [];
  if (!ctx.birthNotice) docs.push('witnessStatement');
  if (answers.applicant?.relationship === 'authorised') docs.push('authorisation');
  return docs;
}

export function homeTownText(child: Child, ctx: Pick<BirthContext, 'mother' | 'father'>): string {
  if (child.homeTownKind === 'sameAsFather' && ctx.father) return ctx.father.homeTown;
  if (child.homeTownKind === 'sameAsMother' && ctx.mother) return ctx.mother.homeTown;
  return child.homeTown;
}

/** Late registration after 60 days from birth (Law Art. 15): fees then apply. */
export function registrationType(dateOfBirth: string, submittedOn: string): 'onTime' | 'late' {
  const days = (Date.parse(submittedOn) - Date.parse(dateOfBirth)) / 86_400_000;
  return days > 60 ? 'late' : 'onTime';
}

/** The child may receive the health-insurance card in the bundle only under 6 (Decree 63/2024). */
export function healthInsuranceAvailable(dateOfBirth: string | undefined, today: string): boolean {
  if (!dateOfBirth) return true;
  const sixth = `${Number(dateOfBirth.slice(0, 4)) + 6}${dateOfBirth.slice(4)}`;
  return today < sixth;
}

export type { Problem } from '../contract';
import type { Problem } from '../contract';

/** Checks across pages that a single page's schema cannot see; run on every save and at submission. */
export function crossChecks(answers: BirthAnswers, ctx: BirthContext): Problem[] {
  const problems: Problem[] = [];
  const child = answers.child;
  if (answers.mother && !ctx.mother) problems.push({ step: 'mother', field: 'personalId', message: 'lookup.notFound' });
  if (answers.mother && ctx.mother?.sex === 'male') problems.push({ step: 'mother', field: 'personalId', message: 'lookup.notFemale' });
  if (answers.father?.status === 'provided' && !ctx.father) problems.push({ step: 'father', field: 'personalId', message: 'lookup.notFound' });
  if (answers.father?.status === 'provided' && ctx.father?.sex === 'female') problems.push({ step: 'father', field: 'personalId', message: 'lookup.notMale' });
  if (child) {
    if (child.dateOfBirth > ctx.today) problems.push({ step: 'child', field: 'dateOfBirth', message: 'validation.future' });
    if (ctx.mother && ctx.mother.dateOfBirth >= child.dateOfBirth) problems.push({ step: 'child', field: 'dateOfBirth', message: 'validation.beforeMother' });
    if (ctx.birthNotice) {
      const facts = birthNoticeFacts(ctx.birthNotice);
      if (child.dateOfBirth !== facts.dateOfBirth) problems.push({ step: 'child', field: 'dateOfBirth', message: 'validation.birthNotice' });
      if (child.sex !== facts.sex) problems.push({ step: 'child', field: 'sex', message: 'validation.birthNotice' });
    }
    if (child.homeTownKind === 'sameAsFather' && answers.father?.status !== 'provided') problems.push({ step: 'child', field: 'homeTownKind', message: 'validation.noFather' });
  }
  return problems;
}
