import type { Person } from './types';

/** A population-database person for pure unit tests (Nguyễn Thị Lan unless overridden). */
export function testPerson(overrides: Partial<Person> = {}): Person {
  return {
    personalId: '001195012345', surname: 'Nguyễn', middleName: 'Thị', givenName: 'Lan', fullName: 'Nguyễn Thị Lan', sex: 'female',
    dateOfBirth: '1995-03-12', ethnicityCode: '01', nationality: 'VN', placeOfBirth: 'Hà Nội', homeTown: 'Tỉnh Nam Định',
    permanentResidence: { provinceCode: '01', communeCode: '00070', detail: '12 Hàng Bài' }, temporaryResidence: null,
    phone: null, email: null, maritalStatus: 'married', vitalStatus: 'alive', dateOfDeath: null,
    fatherPersonalId: null, motherPersonalId: null, householdId: null, relationshipToHead: null, ...overrides,
  };
}
