import { describe, expect, it } from 'vitest';
import type { CivilStatusRecordRow } from '@/db/queries/civil-status';
import { testPerson as person } from '@/lib/population/test-person';
import type { BirthContext } from './prefill';
import { reviewFindings } from './review';
import type { BirthAnswers } from './schema';

const mother = person({});
const father = person({ personalId: '001093054321', surname: 'Trần', middleName: 'Văn', givenName: 'Minh', fullName: 'Trần Văn Minh', sex: 'male', dateOfBirth: '1993-07-08' });
const marriage = { eventType: 'marriage' } as CivilStatusRecordRow;
const notice = { number: 'GCS-1', childSex: 'male', childDateOfBirth: '2026-11-15', childTimeOfBirth: '08:40:00', facility: 'BV', facilityProvinceCode: '01', facilityCommuneCode: '00070', facilityDetail: '' } as BirthContext['birthNotice'];
const ctx: BirthContext = { today: '2026-11-23', applicant: mother, mother, father, birthNotice: notice, marriage, householdHead: father };

const answers: BirthAnswers = {
  applicant: { relationship: 'mother', phone: '0912345678', email: '' },
  mother: { personalId: mother.personalId },
  father: { status: 'provided', personalId: father.personalId },
  child: {
    surname: 'Trần', middleName: 'Minh', givenName: 'Khôi', sex: 'male', dateOfBirth: '2026-11-15', timeOfBirth: '08:40',
    placeOfBirthKind: 'healthFacility', placeOfBirth: 'BV', ethnicityCode: '01', homeTownKind: 'sameAsFather', homeTown: '',
  },
};
const withChild = (c: Partial<NonNullable<BirthAnswers['child']>>): BirthAnswers => ({ ...answers, child: { ...answers.child!, ...c } });

describe('review findings', () => {
  it('finds nothing to point out in an ordinary application', () => {
    expect(reviewFindings(answers, ctx, '2026-11-23')).toEqual([]);
  });

  it("notes a surname taken from the mother, and warns about one from neither parent", () => {
    expect(reviewFindings(withChild({ surname: 'Nguyễn' }), ctx, '2026-11-23')).toEqual([{ field: 'child.surname', code: 'surnameFromMother', severity: 'info', typed: 'Nguyễn', onRecord: 'Trần' }]);
    const noFather: BirthAnswers = { ...withChild({ surname: 'Lê', homeTownKind: 'sameAsMother' }), father: { status: 'notDeclared' } };
    expect(reviewFindings(noFather, ctx, '2026-11-23')).toEqual([{ field: 'child.surname', code: 'surnameMatchesNeitherParent', severity: 'warning', typed: 'Lê', onRecord: 'Nguyễn' }]);
  });

  it('warns when a parent ID number does not fit the sex and birth year on record', () => {
    const odd = person({ ...father, personalId: '001193054321' }); // female digit for a man
    const found = reviewFindings(answers, { ...ctx, father: odd }, '2026-11-23');
    expect(found).toEqual([{ field: 'father.personalId', code: 'personalId.sexMismatch', severity: 'warning', typed: '001193054321', onRecord: 'male, 1993-07-08' }]);
  });

  it('flags an unmarried couple, a missing birth notice, a late registration and blocking errors', () => {
    const late = withChild({ dateOfBirth: '2026-08-01', sex: 'female' });
    const codes = reviewFindings(late, { ...ctx, marriage: null }, '2026-11-23').map((f) => [f.severity, f.code]);
    expect(codes).toEqual([
      ['error', 'validation.birthNotice'], ['error', 'validation.birthNotice'], ['info', 'lateRegistration'], ['warning', 'parentsMarriageNotFound'],
    ]);
    expect(reviewFindings(answers, { ...ctx, birthNotice: null }, '2026-11-23')).toEqual([{ field: 'documents.witnessStatement', code: 'noElectronicBirthNotice', severity: 'info' }]);
  });
});
