import { describe, expect, it } from 'vitest';
import { testPerson as person } from '@/lib/population/test-person';
import { residenceParent } from './context';
import { childResidence } from './registration';
import { summariseBirthAnswers } from './summary';
import type { BirthContext } from './prefill';
import type { BirthAnswers } from './schema';

// Lan has a permanent residence of her own, outside any household; Minh heads the household at 12 Hàng Bài.
const mother = person({ permanentResidence: { provinceCode: '01', communeCode: '00070', detail: '5 Lý Thái Tổ' }, householdId: null });
const father = person({
  personalId: '001093054321', surname: 'Trần', middleName: 'Văn', givenName: 'Minh', fullName: 'Trần Văn Minh', sex: 'male', dateOfBirth: '1993-07-08',
  householdId: 'HK-12-HANG-BAI', relationshipToHead: 'Chủ hộ',
});

describe("the child's residence and the household head's consent come from one parent", () => {
  it('takes the parent registered in a household, even when the other parent has a residence first', () => {
    expect(residenceParent({ mother, father })?.personalId).toBe(father.personalId);
    expect(childResidence({ mother, father })).toEqual({ address: father.permanentResidence, householdId: 'HK-12-HANG-BAI', relationshipToHead: 'Con' });
  });

  it('falls back to a parent with a residence but no household, and to nobody without one', () => {
    expect(childResidence({ mother, father: null })).toEqual({ address: mother.permanentResidence, householdId: null, relationshipToHead: null });
    expect(residenceParent({ mother: person({ permanentResidence: null }), father: null })).toBeNull();
  });

  it("labels the child's full name as the full name on the review screen", () => {
    const answers: BirthAnswers = {
      child: { surname: 'Trần', middleName: 'Minh', givenName: 'Khôi', sex: 'male', dateOfBirth: '2026-11-15', timeOfBirth: '', placeOfBirthKind: 'other', placeOfBirth: 'x', ethnicityCode: '01', homeTownKind: 'sameAsFather', homeTown: '' },
    };
    const ctx: BirthContext = { today: '2026-11-23', applicant: mother, mother, father, birthNotice: null, marriage: null, householdHead: father };
    const row = summariseBirthAnswers(answers, ctx).find((r) => r.value === 'Trần Minh Khôi');
    expect(row).toMatchObject({ label: 'birth.fields.fullName', step: 'child' });
  });
});
