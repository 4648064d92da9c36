import { DEMO_ORGANISATIONS } from './organisations';
import { PROCEDURE_CODES } from '@/lib/procedures/catalogue';
import { expect, it } from 'vitest';
import { describeEachDatabase } from '@/db/testing';
import { countPeople, countResidentsOfRegistry } from '@/db/queries/population';
import { authenticateOfficeUser, getOfficeUser } from '@/lib/auth/office-accounts';
import { birthNoticesOfMother } from '@/lib/birth-notices';
import { deathNoticeOf } from '@/lib/death-notices';
import { findMarriage, recordsOfPerson } from '@/lib/civil-status/records';
import { parsePersonalId, validatePersonalId } from '@/lib/identity/personal-id';
import { population } from '@/lib/population';
import { getRegistry, listOfflineRegistries } from '@/lib/registries';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET, resolveRegistry } from './personas';
import { codeAt } from '@/lib/auth/totp';
import { generateResidents } from './residents';
import { seedDemo } from './index';

describeEachDatabase('demo data', (db) => {
  it('seeds personas and residents, and seeding again adds nothing', async () => {
    const first = await seedDemo(db(), { residents: 300 });
    const total = await countPeople(db());
    const second = await seedDemo(db(), { residents: 300 });
    expect(first).toBe(300);
    expect(second).toBe(0);
    expect(await countPeople(db())).toBe(total);
    // 300 residents, 13 personas and the demo organisations' representatives.
    expect(total).toBe(300 + 13 + DEMO_ORGANISATIONS.length);
    // The office dashboard counts a registry's residents in one statement: the same as by its commune.
    const hoanKiem = (await getRegistry(db(), resolveRegistry('UBND Phường Hoàn Kiếm, Thành phố Hà Nội')))!;
    const residents = await countResidentsOfRegistry(db(), hoanKiem.code);
    expect(residents).toBeGreaterThan(0);
    expect(residents).toBe(await countPeople(db(), { communeCode: hoanKiem.communeCode }));
    expect(await countResidentsOfRegistry(db(), '99999')).toBe(0);
  });

  it("gives Lan her name, birth date and residence at Phường Hoàn Kiếm", async () => {
    const lan = await population(db()).findPerson('001195012345');
    expect(lan).toMatchObject({
      fullName: 'Nguyễn Thị Lan',
      surname: 'Nguyễn',
      middleName: 'Thị',
      givenName: 'Lan',
      dateOfBirth: '1995-03-12',
      sex: 'female',
      maritalStatus: 'married',
      permanentResidence: { provinceCode: '01', detail: '12 Hàng Bài' },
    });
    expect((await getRegistry(db(), lan!.permanentResidence!.communeCode))?.name).toBe('UBND Phường Hoàn Kiếm');
    const minh = await population(db()).findPerson('001093054321');
    expect(minh?.householdId).toBe(lan?.householdId);
    expect(minh?.relationshipToHead).toBe('Chủ hộ');
  });

  it("records Lan and Minh's marriage as certificate no. 45, book 01/2020", async () => {
    expect(await findMarriage(db(), '001195012345', '001093054321')).toMatchObject({ entryNumber: '45', book: '01/2020', registeredOn: '2020-05-10' });
    const quy = await recordsOfPerson(db(), '034063000456');
    expect(quy.map((r) => r.nameOnRecord)).toEqual(['Trần Văn Quý', 'Trần Mạnh Quý']);
  });

  it("holds the hospital's electronic birth notice for Lan's son", async () => {
    const [notice] = await birthNoticesOfMother(db(), '001195012345');
    expect(notice).toMatchObject({ number: 'GCS-01-2026-004512', childSex: 'male', childDateOfBirth: '2026-11-15', childTimeOfBirth: '08:40:00' });
    expect(await birthNoticesOfMother(db(), '010301006789')).toEqual([]);
  });

  it("holds the commune's electronic death notice for Đức, and his marriage to Hoa; none for Tám", async () => {
    expect(await deathNoticeOf(db(), '036055000888')).toMatchObject({ number: 'GBT-36-2026-000731', dateOfDeath: '2026-11-18', timeOfDeath: '14:30:00', issuerKind: 'commune', cause: 'Bệnh tuổi già' });
    expect(await findMarriage(db(), '036055000888', '036158000777')).toMatchObject({ entryNumber: '18', book: '01/1979' });
    expect(await deathNoticeOf(db(), '036050000999')).toBeNull();
  });

  it('creates office accounts with their registry and role, signing in with the demo password and second factor', async () => {
    const at = new Date('2026-11-23T03:00:00Z');
    const signIn = (username: string, now: Date) => authenticateOfficeUser(db(), { username, password: DEMO_PASSWORD, code: codeAt(DEMO_TOTP_SECRET, now), client: '203.0.113.7' }, now);
    const result = await signIn('officer.hoankiem', at);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(await getOfficeUser(db(), result.user.id)).toMatchObject({ role: 'officer', registryName: 'UBND Phường Hoàn Kiếm', fullName: 'Phạm Thu Trang' });
    const supervisor = await signIn('supervisor.hanoi', at);
    expect(supervisor).toMatchObject({ ok: true, user: { role: 'dojSupervisor', provinceCode: '01', registryCode: null } });
  });

  it('lists Bạch Long Vĩ as not accepting online applications, under TP Hải Phòng', async () => {
    const list = await listOfflineRegistries(db());
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ provinceName: 'Thành phố Hải Phòng', registries: [{ name: 'UBND Đặc khu Bạch Long Vĩ' }] });
    expect(list[0]!.registries[0]!.procedures).toHaveLength(PROCEDURE_CODES.length);
  });
});

it('generates residents with valid, unique numbers consistent with sex and birth date', () => {
  const { people, households } = generateResidents(5000);
  expect(people).toHaveLength(5000);
  expect(new Set(people.map((p) => p.personalId)).size).toBe(5000);
  for (const p of people) expect(validatePersonalId(p.personalId, p)).toMatchObject({ ok: true, warnings: [] });
  expect(new Set(people.map((p) => p.permanentResidence!.provinceCode)).size).toBeGreaterThanOrEqual(6);
  expect(households.length).toBeGreaterThan(1000);
  expect(people.some((p) => /[ăâđêôơư]/i.test(`${p.surname} ${p.middleName} ${p.givenName}`))).toBe(true);
  expect(parsePersonalId(people[0]!.personalId).ok).toBe(true);
});
