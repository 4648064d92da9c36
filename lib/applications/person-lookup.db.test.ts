import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { selectPopulationLookupsOf } from '@/db/queries/population-lookups';
import { seedPersonas } from '@/db/seed/personas';
import { describeEachDatabase } from '@/db/testing';
import { errorResponse } from '@/lib/error-response';
import { isAppError } from '@/lib/errors';
import { population } from '@/lib/population';
import type { NewPerson } from '@/lib/population/types';
import { lookUpPerson, LOOKUP_LIMIT, type PersonLookupInput } from './person-lookup';
import { maskName, personFits } from './person-lookup-rules';
import { saveStep } from './save-step';
import { startApplication } from './start-application';
import { at, LAN, MINH } from './test-fixtures';
import { testPerson } from '@/lib/population/test-person';

const HOA = '036158000777';
const DUC = '036055000888';
const TAM = '036050000999';
const HUY = '079098001234';
const MAI = '079300004321';
const NOW = at('2026-11-23T10:00');

/** Someone on record in Hà Nội, made for one test: a sex, a date of birth, and the rest of a resident. */
function resident(personalId: string, sex: 'male' | 'female', dateOfBirth: string, [surname, middleName, givenName]: [string, string, string]): NewPerson {
  return testPerson({ personalId, sex, dateOfBirth, surname, middleName, givenName, maritalStatus: 'single' });
}

describe('masked names', () => {
  it('keeps the family name and the initial of every other name, hiding their length', () => {
    expect(maskName({ surname: 'Nguyễn', middleName: 'Thị', givenName: 'Lan' })).toBe('Nguyễn T*** L***');
    expect(maskName({ surname: 'Đỗ', middleName: 'Quang', givenName: 'Huy' })).toBe('Đỗ Q*** H***');
    expect(maskName({ surname: 'Lê', middleName: '', givenName: 'Ánh' })).toBe('Lê Á***');
  });

  it('always lets the applicant find herself, whatever the part', () => {
    const lan = testPerson();
    for (const role of ['father', 'spouse', 'recipient'] as const) expect(personFits(role, { person: lan, applicant: lan, today: '2026-11-23', childBornOn: null, kinship: null })).toBe(true);
  });
});

describeEachDatabase('looking up a person from the e-form', (db) => {
  const ids = { boy: '001210900001', woman: '001190900002', deadMan: '001080900003', oldMan: '001070900004' };
  beforeAll(async () => {
    await seedPersonas(db());
    const pop = population(db());
    await pop.addPerson(resident(ids.boy, 'male', '2016-05-01', ['Vũ', 'Minh', 'Tú']));
    await pop.addPerson(resident(ids.woman, 'female', '1990-02-02', ['Lý', 'Thu', 'Hà']));
    await pop.addPerson(resident(ids.deadMan, 'male', '1980-03-03', ['Hồ', 'Văn', 'Tâm']));
    await pop.recordDeath(ids.deadMan, '2025-01-01');
    await pop.addPerson(resident(ids.oldMan, 'male', '1970-04-04', ['Bùi', 'Văn', 'Lực']));
  });

  async function draft(personalId: string, procedureCode: string, pages: [string, unknown][]) {
    const app = await startApplication(db(), { personalId, organisationCode: null, procedureCode, startKey: randomUUID(), now: NOW });
    for (const [step, values] of pages) {
      const saved = await saveStep(db(), { applicationId: app.id, personalId, organisationCode: null, step, values, now: NOW });
      if (!saved.ok) throw new Error(`${step}: ${JSON.stringify(saved.fieldErrors)}`);
    }
    return app.id;
  }
  const birthDraft = () => draft(LAN, 'birthRegistration', [['applicant', { relationship: 'mother', phone: '0912345678', email: '' }]]);
  const outcome = (input: PersonLookupInput, limit?: { count: number; windowMs: number }) =>
    lookUpPerson(db(), input, limit).then((found) => found.maskedName, (err: unknown) => (isAppError(err) ? err.code : Promise.reject(err)));

  it("shows the father's masked name, and 'not found' for anyone who cannot be the father, as for an unknown number", async () => {
    const applicationId = await birthDraft();
    const father = (personalId: string) => outcome({ actorPersonalId: LAN, applicationId, step: 'father', field: 'personalId', personalId, now: NOW });
    expect(await father(MINH)).toBe('Trần V*** M***');
    // A woman, a ten-year-old boy, a dead man: as unknown as a number nobody has.
    expect(await father(ids.woman)).toBe('notFound');
    expect(await father(ids.boy)).toBe('notFound');
    expect(await father(ids.deadMan)).toBe('notFound');
    expect(await father('001099999999')).toBe('notFound');
    // The mother's field: Lan herself always fits; a man does not.
    expect(await outcome({ actorPersonalId: LAN, applicationId, step: 'mother', field: 'personalId', personalId: LAN, now: NOW })).toBe('Nguyễn T*** L***');
    expect(await outcome({ actorPersonalId: LAN, applicationId, step: 'mother', field: 'personalId', personalId: MINH, now: NOW })).toBe('notFound');

    const logged = (await selectPopulationLookupsOf(db(), LAN)).filter((l) => l.applicationId === applicationId);
    expect(logged.map((l) => [l.field, l.lookedUpPersonalId, l.role, l.outcome])).toEqual([
      ['personalId', MINH, 'father', 'found'],
      ['personalId', ids.woman, 'father', 'inconsistent'],
      ['personalId', ids.boy, 'father', 'inconsistent'],
      ['personalId', ids.deadMan, 'father', 'inconsistent'],
      ['personalId', '001099999999', 'father', 'unknown'],
      ['personalId', LAN, 'mother', 'found'],
      ['personalId', MINH, 'mother', 'inconsistent'],
    ]);
  });

  it('answers a consistent and an inconsistent person of the same number alike for a route: 404 and the same body', async () => {
    const applicationId = await birthDraft();
    const answer = (personalId: string) =>
      lookUpPerson(db(), { actorPersonalId: LAN, applicationId, step: 'father', field: 'personalId', personalId, now: NOW }).then(
        () => null,
        (err: unknown) => errorResponse(err, 'vi'),
      );
    const [inconsistent, unknown] = [await answer(ids.woman), await answer('001099999999')];
    expect(inconsistent!.status).toBe(404);
    expect(await inconsistent!.json()).toEqual(await unknown!.json());
  });

  it('checks the other party to a marriage and the deceased against what the applicant declared', async () => {
    const marriage = await draft(HUY, 'marriageRegistration', [['applicant', { party: 'groom', phone: '0909123456', email: '' }]]);
    const other = (personalId: string) => outcome({ actorPersonalId: HUY, applicationId: marriage, step: 'otherParty', field: 'personalId', personalId, now: NOW });
    expect(await other(MAI)).toBe('Võ T*** M***');
    expect(await other(MINH)).toBe('notFound'); // a man, like Huy
    expect(await other(ids.deadMan)).toBe('notFound');

    const death = await draft(HOA, 'deathRegistration', [['applicant', { relationship: 'spouse', phone: '0912000777', email: '' }]]);
    const deceased = (personalId: string) => outcome({ actorPersonalId: HOA, applicationId: death, step: 'deceased', field: 'personalId', personalId, now: NOW });
    // Đức is alive in the population database until his death is registered, and married, like her.
    expect(await deceased(DUC)).toBe('Phạm V*** Đ***');
    // Her widowed brother cannot be her husband; a dead man's death is already registered.
    expect(await deceased(TAM)).toBe('notFound');
    expect(await deceased(ids.deadMan)).toBe('notFound');
  });

  it("gives 'not found' for another person's application, an unknown field and a submitted-only page, and logs it", async () => {
    const applicationId = await birthDraft();
    const base = { applicationId, step: 'father', field: 'personalId', personalId: MINH, now: NOW };
    expect(await outcome({ ...base, actorPersonalId: HUY })).toBe('notFound');
    expect(await outcome({ ...base, actorPersonalId: LAN, applicationId: randomUUID() })).toBe('notFound');
    expect(await outcome({ ...base, actorPersonalId: LAN, applicationId: 'not-a-uuid' })).toBe('notFound');
    expect(await outcome({ ...base, actorPersonalId: LAN, field: 'status' })).toBe('notFound');
    expect(await outcome({ ...base, actorPersonalId: LAN, step: 'child' })).toBe('notFound');
    const huy = (await selectPopulationLookupsOf(db(), HUY)).filter((l) => l.applicationId === applicationId);
    expect(huy).toEqual([expect.objectContaining({ actorPersonalId: HUY, lookedUpPersonalId: MINH, outcome: 'applicationNotFound', role: null, step: 'father', field: 'personalId' })]);
    expect((await selectPopulationLookupsOf(db(), LAN)).filter((l) => l.at.getTime() === NOW.getTime() && l.applicationId !== applicationId && l.outcome === 'applicationNotFound')).toHaveLength(2);
  });

  it('answers 429 with a message in both languages past 30 look-ups in 10 minutes, counted in the database, and again after the window', async () => {
    const applicationId = await draft(MAI, 'marriageRegistration', [['applicant', { party: 'bride', phone: '0909000111', email: '' }]]);
    const start = at('2026-11-24T08:00');
    const ask = (minutes: number) => lookUpPerson(db(), { actorPersonalId: MAI, applicationId, step: 'otherParty', field: 'personalId', personalId: HUY, now: new Date(start.getTime() + minutes * 60_000) });
    for (let i = 0; i < LOOKUP_LIMIT.count; i++) expect(await ask(i * 0.1)).toEqual({ maskedName: 'Đỗ Q*** H***' });
    const refused = await ask(5).catch((err: unknown) => err);
    expect(isAppError(refused, 'rateLimited')).toBe(true);
    const [vi, en] = [errorResponse(refused, 'vi'), errorResponse(refused, 'en')];
    expect(vi.status).toBe(429);
    expect(Number(vi.headers.get('Retry-After'))).toBe(300);
    expect(await vi.json()).toEqual({ error: 'rateLimited', message: expect.stringContaining('quá nhiều lần') });
    expect(await en.json()).toEqual({ error: 'rateLimited', message: expect.stringContaining('too many') });
    // Refused look-ups do not extend the wait; once the first ones leave the window, she may go on.
    expect(await ask(10.05)).toEqual({ maskedName: 'Đỗ Q*** H***' });
    const log = await selectPopulationLookupsOf(db(), MAI);
    expect(log).toHaveLength(LOOKUP_LIMIT.count + 2);
    expect(log.map((l) => l.outcome).filter((o) => o === 'rateLimited')).toHaveLength(1);
  });

  it('holds the limit for look-ups arriving at once (as from several server instances)', async () => {
    const applicationId = await draft(MINH, 'birthRegistration', [['applicant', { relationship: 'father', phone: '0912000111', email: '' }]]);
    const now = at('2026-11-25T08:00');
    const outcomes = await Promise.allSettled(
      Array.from({ length: LOOKUP_LIMIT.count + 5 }, () => lookUpPerson(db(), { actorPersonalId: MINH, applicationId, step: 'mother', field: 'personalId', personalId: LAN, now })),
    );
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(LOOKUP_LIMIT.count);
    expect(outcomes.filter((o) => o.status === 'rejected' && isAppError(o.reason, 'rateLimited'))).toHaveLength(5);
  });

  it('keeps the log append-only: UPDATE, DELETE and TRUNCATE are refused', async () => {
    const applicationId = await birthDraft();
    await lookUpPerson(db(), { actorPersonalId: LAN, applicationId, step: 'father', field: 'personalId', personalId: MINH, now: NOW });
    // Drizzle wraps the database's error: its cause says why.
    const refusal = (statement: ReturnType<typeof sql>) => db().execute(statement).then(() => 'done', (err: unknown) => String((err as { cause?: unknown }).cause ?? err));
    const before = (await selectPopulationLookupsOf(db(), LAN)).length;
    expect(await refusal(sql`update population_lookups set outcome = 'unknown' where actor_personal_id = ${LAN}`)).toMatch(/population_lookups is append-only/);
    expect(await refusal(sql`delete from population_lookups where actor_personal_id = ${LAN}`)).toMatch(/population_lookups is append-only/);
    expect(await refusal(sql`truncate population_lookups`)).toMatch(/population_lookups is append-only/);
    expect((await selectPopulationLookupsOf(db(), LAN)).length).toBe(before);
  });
});
