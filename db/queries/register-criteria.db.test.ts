import { beforeAll, expect, it } from 'vitest';
import { selectOfficeUserByUsername } from '@/db/queries/office-users';
import { seedPersonas } from '@/db/seed/personas';
import { seedResidents } from '@/db/seed/residents';
import { describeEachDatabase } from '@/db/testing';
import { at, LAN } from '@/lib/applications/test-fixtures';
import { approveLegacyEntry, findEntries } from '@/lib/civil-status/register';
import { recordEntry } from '@/lib/civil-status/records';
import { countBirthsByCriteria, countBirthsByScan } from './register-criteria';

/*
 * The organisations' statistics (Circular 01/2022 Art. 8(2)) read `birth_counts`, kept by triggers
 * in the registering transaction: it must always say what counting the entries says.
 */

describeEachDatabase('births per registry and year of birth', (db) => {
  beforeAll(async () => {
    await seedPersonas(db());
    await seedResidents(db(), 800, new Set([LAN]), at('2026-11-01T09:00'));
  });

  const both = async (criteria: Parameters<typeof countBirthsByScan>[1]) => [await countBirthsByCriteria(db(), criteria), await countBirthsByScan(db(), criteria)];

  it('Art. 8(2): the kept counts equal the entries counted, for a registry and for the whole country', async () => {
    const [kept, counted] = await both({ birthYearFrom: 2016, birthYearTo: 2025 });
    expect(counted!.length).toBeGreaterThan(0);
    expect(kept).toEqual(counted);
    const [k, c] = await both({ birthYearFrom: 1950, birthYearTo: 2026, registryCode: '00070' });
    expect(k).toEqual(c);
  });

  it('Art. 10(3), 8(2): a new official birth counts at once; a digitised one only once approved', async () => {
    const now = at('2026-12-02T09:00');
    const before = await countBirthsByCriteria(db(), { birthYearFrom: 2026, birthYearTo: 2026, registryCode: '00070' });
    const entry = (n: string, status: 'official' | 'pendingApproval') => ({
      eventType: 'birth' as const, registrationType: 'onTime', subjectPersonalId: `001226000${n}`, otherPartyPersonalId: null, nameOnRecord: `Trẻ ${n}`,
      registryCode: '00070', registryName: 'UBND Phường Hoàn Kiếm', entryNumber: n, book: '01/2026', registeredOn: '2026-11-20', digitized: status === 'pendingApproval', status, content: [],
    });
    await recordEntry(db(), entry('901', 'official'), [{ role: 'child', personalId: '001226000901', fullName: 'Trẻ Một', dateOfBirth: '2026-11-10' }], now);
    await recordEntry(db(), entry('902', 'pendingApproval'), [{ role: 'child', personalId: '001226000902', fullName: 'Trẻ Hai', dateOfBirth: '2026-11-11' }], now);
    const births = async () => (await countBirthsByCriteria(db(), { birthYearFrom: 2026, birthYearTo: 2026, registryCode: '00070' }))[0]?.births ?? 0;
    expect(await births()).toBe((before[0]?.births ?? 0) + 1);
    const [pending] = await findEntries(db(), { by: 'entry', registryCode: '00070', entryNumber: '902', registeredOn: '2026-11-20' }, { officialOnly: false, scope: { all: true } });
    await approveLegacyEntry(db(), { userId: (await selectOfficeUserByUsername(db(), 'supervisor.hanoi'))!.id, recordId: pending!.id, now });
    expect(await births()).toBe((before[0]?.births ?? 0) + 2);
    const [k, c] = await both({ birthYearFrom: 2026, birthYearTo: 2026, registryCode: '00070' });
    expect(k).toEqual(c);
  });
});
