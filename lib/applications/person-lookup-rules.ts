import type { Person } from '@/lib/population/types';
import type { Kinship, LookupRole } from '@/lib/procedures/form-types';

/*
 * When may the e-form show whose a typed personal ID number is? Only when the person fits the part
 * the form's field declares (its `lookup.role`) and what the applicant said they are to her, as far
 * as the population database can tell. Anything else — an unknown number, a person of the wrong
 * sex, too young, dead, or whom the database records otherwise — gets the same "not found", so the
 * look-up is no oracle for strangers' identities. The applicant's own number always fits.
 *
 * These rules only decide what the form may show; the procedure's own checks on saving the page
 * still decide what is accepted, with their precise messages.
 */

/** A parent is at least this much older than the child (full years). */
export const PARENT_MIN_AGE_GAP = 12;
/** Minimum ages to marry (Law on Marriage and Family 2014 Art. 8(1)(a)), reached within a year (the ceremony is booked ahead). */
export const MARRIAGE_MIN_AGE = { male: 20, female: 18 } as const;
export const ADULT_AGE = 18;

export type LookupFacts = {
  person: Person;
  applicant: Person;
  /** YYYY-MM-DD, in Vietnam. */
  today: string;
  /** The child's date of birth, when the applicant has given it (parents). */
  childBornOn: string | null;
  kinship: Kinship | null;
};

/** Age in whole years on a day (YYYY-MM-DD); negative when born after it. */
export function ageOn(dateOfBirth: string, day: string): number {
  const years = Number(day.slice(0, 4)) - Number(dateOfBirth.slice(0, 4));
  return day.slice(5) < dateOfBirth.slice(5) ? years - 1 : years;
}

const alive = (p: Person) => p.vitalStatus === 'alive';
const nextYear = (day: string) => `${Number(day.slice(0, 4)) + 1}${day.slice(4)}`;

/** `parent` may be the parent of `child`: old enough, and not contradicted by the child's recorded parent of that sex. */
function mayBeParentOf(parent: Person, child: Person): boolean {
  const recorded = parent.sex === 'male' ? child.fatherPersonalId : parent.sex === 'female' ? child.motherPersonalId : null;
  return ageOn(parent.dateOfBirth, child.dateOfBirth) >= PARENT_MIN_AGE_GAP && (recorded === null || recorded === parent.personalId);
}

/** What the applicant declared the person is to her, checked against what the database records. */
function kinshipFits(f: LookupFacts): boolean {
  const { person, applicant } = f;
  switch (f.kinship) {
    case 'spouse':
      return person.sex !== applicant.sex && (person.maritalStatus === 'married' || person.maritalStatus === null);
    case 'parent':
      return mayBeParentOf(person, applicant);
    case 'child':
      return mayBeParentOf(applicant, person);
    case 'minorChild':
      return (person.motherPersonalId === applicant.personalId || person.fatherPersonalId === applicant.personalId) && ageOn(person.dateOfBirth, f.today) < ADULT_AGE;
    case null:
      return true;
  }
}

function parentRule(sex: 'male' | 'female') {
  return (f: LookupFacts) => alive(f.person) && f.person.sex === sex && ageOn(f.person.dateOfBirth, f.childBornOn ?? f.today) >= PARENT_MIN_AGE_GAP;
}

/** One rule per role (exhaustive): does the person fit the part the field is for? */
export const LOOKUP_RULES = {
  /** The child's mother or father: of that sex, alive, and old enough to be the parent of a child born then. */
  mother: parentRule('female'),
  father: parentRule('male'),
  /** The other party to a marriage: alive, of the other sex and of age to marry within a year. */
  spouse: (f) =>
    alive(f.person) && f.person.sex !== 'undetermined' && f.person.sex !== f.applicant.sex && ageOn(f.person.dateOfBirth, nextYear(f.today)) >= MARRIAGE_MIN_AGE[f.person.sex],
  /** Someone whose death is being declared: still alive in the database until it is registered, and what the applicant said they were to her. */
  deceased: (f) => alive(f.person) && kinshipFits(f),
  /** Who receives an allowance: an adult alive. */
  recipient: (f) => alive(f.person) && ageOn(f.person.dateOfBirth, f.today) >= ADULT_AGE,
  /** Whom a request is about: the applicant's minor child when she says so; under an authorisation (read by the officer) anyone on record. */
  subject: (f) => kinshipFits(f),
} satisfies Record<LookupRole, (f: LookupFacts) => boolean>;

export function personFits(role: LookupRole, facts: LookupFacts): boolean {
  return facts.person.personalId === facts.applicant.personalId || LOOKUP_RULES[role](facts);
}

/**
 * "Nguyễn Thị Lan" → "Nguyễn T*** L***": the family name (shared by millions) and the initial of
 * every other name, enough for the applicant to recognise the person she means, too little to learn
 * a stranger's name. The stars do not tell how long a name is.
 */
export function maskName(person: Pick<Person, 'surname' | 'middleName' | 'givenName'>): string {
  const rest = [person.middleName, person.givenName].join(' ').normalize('NFC').trim().split(/\s+/).filter(Boolean);
  return [person.surname.normalize('NFC').trim(), ...rest.map((name) => `${Array.from(name)[0]!.toLocaleUpperCase('vi')}***`)].filter(Boolean).join(' ');
}
