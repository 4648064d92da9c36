import { beforeAll, expect, it } from 'vitest';
import { seedPersonas } from '@/db/seed/personas';
import { describeEachDatabase } from '@/db/testing';
import { fieldsToFill } from '@/lib/applications/typed-fields';
import { loadBirthContext } from './context';
import { PAPER_FORM_FIELDS } from './form';
import { BIRTH_REGISTRATION, type BirthAnswers } from '.';

const child = { surname: 'Trần', middleName: 'Minh', givenName: 'Khôi', sex: 'male', dateOfBirth: '2026-11-15', timeOfBirth: '08:40', placeOfBirthKind: 'healthFacility', placeOfBirth: 'x', ethnicityCode: '01', homeTownKind: 'sameAsFather', homeTown: '' } as const;

describeEachDatabase('typed-field reduction', (db) => {
  beforeAll(async () => {
    await seedPersonas(db());
  });

  it("asks Lan to type 3 of the paper form's 37 fields: the father's ID and the child's middle and given names", async () => {
    const lan: BirthAnswers = {
      registry: { registryCode: '00070' },
      applicant: { relationship: 'mother', phone: '0912345678', email: 'lan.nguyen@example.vn' },
      mother: { personalId: '001195012345' },
      father: { status: 'provided', personalId: '001093054321' },
      child,
      bundle: { residence: true, healthInsurance: true },
    };
    const typed = await fieldsToFill(BIRTH_REGISTRATION, lan, (a) => loadBirthContext(db(), { answers: a, applicantPersonalId: '001195012345', today: '2026-11-23' }), '00070');
    expect(typed.map((f) => `${f.step}.${f.field.name}`)).toEqual(['father.personalId', 'child.middleName', 'child.givenName']);
    expect(PAPER_FORM_FIELDS).toHaveLength(37);
    const reduction = 1 - typed.length / PAPER_FORM_FIELDS.length;
    expect(Math.round(reduction * 1000) / 10).toBe(91.9);
  });

  it('asks Mỷ, with no birth notice and no father, for the birth facts too, still under half the paper form', async () => {
    const my: BirthAnswers = {
      registry: { registryCode: '03175' },
      applicant: { relationship: 'mother', phone: '0977555666', email: '' },
      mother: { personalId: '010301006789' },
      father: { status: 'notDeclared' },
      child: { ...child, surname: 'Giàng', middleName: 'Thị', givenName: 'Mai', sex: 'female', dateOfBirth: '2026-11-10', timeOfBirth: '', placeOfBirthKind: 'other', ethnicityCode: '08', homeTownKind: 'sameAsMother' },
    };
    const typed = (await fieldsToFill(BIRTH_REGISTRATION, my, (a) => loadBirthContext(db(), { answers: a, applicantPersonalId: '010301006789', today: '2026-11-23' }), '03175')).map((f) => `${f.step}.${f.field.name}`);
    expect(typed).toEqual(['child.middleName', 'child.givenName', 'child.sex', 'child.dateOfBirth', 'child.placeOfBirthKind', 'child.placeOfBirth']);
    expect(1 - typed.length / PAPER_FORM_FIELDS.length).toBeGreaterThan(0.8);
  });
});
