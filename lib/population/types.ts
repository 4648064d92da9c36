import type { Sex } from '@/lib/identity/personal-id';

export type Address = { provinceCode: string; communeCode: string; detail: string };
export type MaritalStatus = 'single' | 'married' | 'divorced' | 'widowed';

/** What an amendment of civil-status information may change in the population database. */
export type IdentityChanges = { fullName?: string; ethnicityCode?: string; sex?: 'male' | 'female'; dateOfBirth?: string };

/** A person as the National Population Database knows them. */
export type Person = {
  personalId: string;
  surname: string;
  middleName: string;
  givenName: string;
  fullName: string;
  sex: Sex;
  dateOfBirth: string;
  ethnicityCode: string;
  /** ISO 3166 alpha-2; 'VN' for Vietnamese citizens. */
  nationality: string;
  placeOfBirth: string;
  homeTown: string;
  permanentResidence: Address | null;
  temporaryResidence: Address | null;
  phone: string | null;
  email: string | null;
  /** Null: not recorded; the status cannot then be confirmed from the database. */
  maritalStatus: MaritalStatus | null;
  vitalStatus: 'alive' | 'deceased';
  dateOfDeath: string | null;
  fatherPersonalId: string | null;
  motherPersonalId: string | null;
  householdId: string | null;
  relationshipToHead: string | null;
};

export type NewPerson = Omit<Person, 'fullName' | 'vitalStatus' | 'dateOfDeath' | 'temporaryResidence'> &
  Partial<Pick<Person, 'temporaryResidence'>>;

export class PopulationError extends Error {
  constructor(
    /**
     * `personalIdNotIssued`: the population database did not issue a number when asked (it refused
     * pending its managers' coordination, or did not answer); it is asked again (Art. 4(1)).
     */
    readonly code: 'personNotFound' | 'personDeceased' | 'personalIdExhausted' | 'personalIdNotIssued' | 'personExists',
    message: string,
  ) {
    super(message);
    this.name = 'PopulationError';
  }
}

/**
 * The National Population Database as the portal sees it. The mock implements it on its own
 * tables; a client of the real service (Ministry of Public Security) would implement the same.
 * Everything in the portal reaches population data only through this interface.
 */
export interface PopulationRegistry {
  findPerson(personalId: string): Promise<Person | null>;
  findPeople(personalIds: readonly string[]): Promise<Person[]>;
  /** The head of a household, whose consent a new member's residence registration needs. */
  findHouseholdHead(householdId: string): Promise<Person | null>;
  /** The people recorded with this person as mother or father. */
  findChildrenOf(personalId: string): Promise<Person[]>;
  /**
   * A new, unused personal ID number for a child whose birth is being registered: the province
   * code of the registering registry, the century/sex digit, the year, six random digits.
   */
  allocatePersonalId(input: { registryProvinceCode: string; sex: 'male' | 'female'; dateOfBirth: string }): Promise<string>;
  /**
   * Cancels a person's number and issues another that encodes a corrected sex or year of birth,
   * recording them under it (Circular 01/2022 Art. 4(1)); a look-up of the old number finds them
   * under the new one. Asking again for the same number returns the number already issued.
   */
  reissuePersonalId(personalId: string, corrected: { sex: 'male' | 'female'; dateOfBirth: string }): Promise<string>;
  /** Records a person under an allocated number (birth registration). */
  addPerson(person: NewPerson): Promise<Person>;
  recordDeath(personalId: string, dateOfDeath: string): Promise<Person>;
  updateMaritalStatus(personalId: string, status: MaritalStatus): Promise<Person>;
  /** A registered change, correction or ethnicity re-determination of the person's name, ethnicity, sex or date of birth (Law on Civil Status Arts. 26–29). */
  updateIdentity(personalId: string, changes: IdentityChanges): Promise<Person>;
  /** The residence registration system deleted the person's permanent residence (death bundle). */
  deletePermanentResidence(personalId: string): Promise<Person>;
  registerPermanentResidence(
    personalId: string,
    residence: { address: Address; householdId: string; relationshipToHead: string },
  ): Promise<Person>;
}
