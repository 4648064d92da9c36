import { expect, it } from 'vitest';
import { describeEachDatabase } from '@/db/testing';
import { parsePersonalId, validatePersonalId } from '@/lib/identity/personal-id';
import { createMockPopulation } from './mock';
import { PopulationError, type NewPerson } from './types';

function newborn(personalId: string, overrides: Partial<NewPerson> = {}): NewPerson {
  return {
    personalId,
    surname: 'Trần',
    middleName: 'Minh',
    givenName: 'Khôi',
    sex: 'male',
    dateOfBirth: '2026-11-15',
    ethnicityCode: '01',
    nationality: 'VN',
    placeOfBirth: 'Bệnh viện Phụ sản Hà Nội',
    homeTown: 'TP Hà Nội',
    permanentResidence: { provinceCode: '01', communeCode: '00070', detail: '12 Hàng Bài' },
    phone: null,
    email: null,
    maritalStatus: 'single',
    fatherPersonalId: null,
    motherPersonalId: null,
    householdId: null,
    relationshipToHead: null,
    ...overrides,
  };
}

describeEachDatabase('population database mock', (db) => {
  it('returns null for a personal ID number it does not know', async () => {
    expect(await createMockPopulation(db()).findPerson('001199999999')).toBeNull();
  });

  it('allocates a structurally valid, unused number with the registry province, sex and year', async () => {
    const pop = createMockPopulation(db());
    const id = await pop.allocatePersonalId({ registryProvinceCode: '01', sex: 'female', dateOfBirth: '2026-11-10' });
    const parsed = validatePersonalId(id, { sex: 'female', dateOfBirth: '2026-11-10' });
    expect(parsed).toMatchObject({ ok: true, warnings: [], value: { prefix: '001', sex: 'female', birthYear: 2026 } });
  });

  it('skips numbers already in use when allocating', async () => {
    const sequences = [4242, 4242, 7];
    const pop = createMockPopulation(db(), () => sequences.shift()!);
    const first = await pop.allocatePersonalId({ registryProvinceCode: '79', sex: 'male', dateOfBirth: '2026-01-02' });
    await pop.addPerson(newborn(first, { surname: 'Đỗ' }));
    const second = await pop.allocatePersonalId({ registryProvinceCode: '79', sex: 'male', dateOfBirth: '2026-01-02' });
    expect(first).toBe('079226004242');
    expect(second).toBe('079226000007');
  });

  it('records a newborn with NFC names and derives the display name', async () => {
    const pop = createMockPopulation(db());
    const id = await pop.allocatePersonalId({ registryProvinceCode: '01', sex: 'male', dateOfBirth: '2026-11-15' });
    const person = await pop.addPerson(newborn(id, { givenName: 'Khôi'.normalize('NFD') }));
    expect(person.fullName).toBe('Trần Minh Khôi');
    expect(person.givenName).toBe('Khôi'.normalize('NFC'));
    expect((await pop.findPerson(id))?.permanentResidence).toEqual({ provinceCode: '01', communeCode: '00070', detail: '12 Hàng Bài' });
  });

  it('refuses to add the same person twice', async () => {
    const pop = createMockPopulation(db());
    const id = await pop.allocatePersonalId({ registryProvinceCode: '15', sex: 'female', dateOfBirth: '2026-11-10' });
    await pop.addPerson(newborn(id));
    await expect(pop.addPerson(newborn(id))).rejects.toBeInstanceOf(PopulationError);
  });

  it('records a death once, and updates marital status and permanent residence', async () => {
    const pop = createMockPopulation(db());
    const id = await pop.allocatePersonalId({ registryProvinceCode: '37', sex: 'male', dateOfBirth: '1955-01-20' });
    await pop.addPerson(newborn(id, { dateOfBirth: '1955-01-20', maritalStatus: 'married' }));
    expect(await pop.updateMaritalStatus(id, 'widowed')).toMatchObject({ maritalStatus: 'widowed' });
    const moved = await pop.registerPermanentResidence(id, {
      address: { provinceCode: '37', communeCode: '13684', detail: '27 Trần Hưng Đạo' },
      householdId: 'HK37T0000001',
      relationshipToHead: 'Chủ hộ',
    }).catch((e: unknown) => e);
    // The household must exist: the mock keeps referential integrity like the real register.
    expect(moved).toBeInstanceOf(Error);
    const dead = await pop.recordDeath(id, '2026-11-18');
    expect(dead).toMatchObject({ vitalStatus: 'deceased', dateOfDeath: '2026-11-18' });
    await expect(pop.recordDeath(id, '2026-11-19')).rejects.toMatchObject({ code: 'personDeceased' });
  });

  it('reports an unknown person when updating', async () => {
    await expect(createMockPopulation(db()).updateMaritalStatus('001199999998', 'married')).rejects.toMatchObject({ code: 'personNotFound' });
  });

  it('finds several people at once', async () => {
    const pop = createMockPopulation(db());
    const ids = [] as string[];
    for (const sex of ['male', 'female'] as const) {
      const id = await pop.allocatePersonalId({ registryProvinceCode: '48', sex, dateOfBirth: '2000-05-05' });
      await pop.addPerson(newborn(id, { sex, dateOfBirth: '2000-05-05' }));
      ids.push(id);
    }
    const found = await pop.findPeople(ids);
    expect(found.map((p) => p.personalId).sort()).toEqual([...ids].sort());
    expect(ids.every((id) => parsePersonalId(id).ok)).toBe(true);
  });
});
