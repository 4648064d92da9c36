import type { Address, Person } from './types';

/** Where a person resides for civil-status purposes: the permanent residence, else the temporary one (procedures.md, APPLICANT). */
export function residenceOf(person: Pick<Person, 'permanentResidence' | 'temporaryResidence'>): Address | null {
  return person.permanentResidence ?? person.temporaryResidence;
}

/** The commune of that residence: the registry that is competent by residence. */
export function residenceCommune(person: Pick<Person, 'permanentResidence' | 'temporaryResidence'>): string | null {
  return residenceOf(person)?.communeCode ?? null;
}
