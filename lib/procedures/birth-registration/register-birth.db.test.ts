import { beforeAll, expect, it } from 'vitest';
import { selectApplication, selectEvents } from '@/db/queries/applications';
import { selectOutboxByKeyPrefix } from '@/db/queries/outbox';
import { lastEntryNumber } from '@/db/queries/register-counters';
import { seedPersonas } from '@/db/seed/personas';
import { describeEachDatabase } from '@/db/testing';
import { recordsOfPerson } from '@/lib/civil-status/records';
import { isAppError } from '@/lib/errors';
import { population, PopulationError, type PopulationRegistry } from '@/lib/population';
import { deliverOutbox, mockAdapters } from '@/lib/jobs';
import { POPULATION_PERSONAL_ID_TOPIC } from '@/lib/population/sync';
import { acceptApplication } from '@/lib/applications/accept-application';
import { confirmDraft } from '@/lib/applications/confirm-draft';
import { registerApplication as registerBirth, registerOrAwaitPersonalId } from '@/lib/applications/register-application';
import { returnDraft } from '@/lib/applications/return-draft';
import { at, HOAN_KIEM, LAN, staff, submitBirthApplication } from '@/lib/applications/test-fixtures';

describeEachDatabase('birth registration is one transaction', (db) => {
  beforeAll(async () => {
    await seedPersonas(db());
  });

  const NAMES = ['Khôi', 'Khoa', 'Khang', 'Khánh', 'Kiên', 'Khải', 'Khiêm'];
  let n = 0;
  /** Each call is another child of Lan's (twins and more), unless a name is given. */
  async function confirmedApplication(givenName = NAMES[n++ % NAMES.length]!) {
    const officer = await staff(db(), 'officer.hoankiem');
    const { id } = await submitBirthApplication(db(), { now: at('2026-11-23T10:00'), child: { givenName } });
    await acceptApplication(db(), { applicationId: id, officer, now: at('2026-11-23T10:05') });
    await returnDraft(db(), { applicationId: id, officer, now: at('2026-11-23T10:10') });
    await confirmDraft(db(), { applicationId: id, personalId: LAN, organisationCode: null, now: at('2026-11-23T10:20') });
    return { id, officer };
  }

  it('Art. 3(2): allocating the newborn\'s personal ID is part of the registration: with the population database failing, nothing is written', async () => {
    const { id, officer } = await confirmedApplication();
    const book = { registryCode: HOAN_KIEM, year: 2026, eventType: 'birth' };
    const lastBefore = await lastEntryNumber(db(), book);
    const eventsBefore = (await selectEvents(db(), id)).length;
    let allocated = '';
    // The real mock does all its work, then the "remote" side fails: the child's record must go too.
    const failing = (tx: Parameters<typeof population>[0]): PopulationRegistry => {
      const real = population(tx);
      return {
        ...real,
        allocatePersonalId: async (input) => (allocated = await real.allocatePersonalId(input)),
        addPerson: async (person) => {
          await real.addPerson(person);
          throw new Error('population database unavailable');
        },
      };
    };
    await expect(registerBirth(db(), { applicationId: id, officer, now: at('2026-11-23T11:00') }, { population: failing })).rejects.toThrow('population database unavailable');

    expect(allocated).toMatch(/^001\d{9}$/);
    expect(await population(db()).findPerson(allocated)).toBeNull();
    expect(await recordsOfPerson(db(), allocated)).toEqual([]);
    expect(await lastEntryNumber(db(), book)).toBe(lastBefore);
    expect(await selectApplication(db(), id, { system: true })).toMatchObject({ status: 'awaitingRegistration' });
    expect(await selectEvents(db(), id)).toHaveLength(eventsBefore);
    expect((await selectOutboxByKeyPrefix(db(), `${id}:`)).filter((r) => !r.topic.startsWith('notification.'))).toEqual([]);

    // Retried once the population database is back: the next number, not a skipped one.
    const registration = await registerBirth(db(), { applicationId: id, officer, now: at('2026-11-23T11:05') });
    expect(registration.entryNumber).toBe(String(lastBefore + 1));
  });

  it('numbers entries one after another and refuses to register twice', async () => {
    const first = await confirmedApplication();
    const second = await confirmedApplication();
    const a = await registerBirth(db(), { applicationId: first.id, officer: first.officer, now: at('2026-11-23T12:00') });
    const b = await registerBirth(db(), { applicationId: second.id, officer: second.officer, now: at('2026-11-23T12:01') });
    expect(Number(b.entryNumber)).toBe(Number(a.entryNumber) + 1);
    expect(b.subjectPersonalId).not.toBe(a.subjectPersonalId);
    expect(b.childPersonalId).toBe(b.subjectPersonalId);
    const twice = await registerBirth(db(), { applicationId: first.id, officer: first.officer, now: at('2026-11-23T12:02') }).catch((e: unknown) => e);
    expect(isAppError(twice, 'illegalTransition')).toBe(true);
    expect(await lastEntryNumber(db(), { registryCode: HOAN_KIEM, year: 2026, eventType: 'birth' })).toBe(Number(b.entryNumber));
  });

  it('refuses to register the same child twice through a second application', async () => {
    const first = await confirmedApplication('Tâm');
    const second = await confirmedApplication('Tâm');
    await registerBirth(db(), { applicationId: first.id, officer: first.officer, now: at('2026-11-23T13:00') });
    const again = await registerBirth(db(), { applicationId: second.id, officer: second.officer, now: at('2026-11-23T13:01') }).catch((e: unknown) => e);
    expect(isAppError(again, 'conflict')).toBe(true);
  });

  it('opens a new book on 1 January', async () => {
    const { id, officer } = await confirmedApplication();
    const registration = await registerBirth(db(), { applicationId: id, officer, now: at('2027-01-04T09:00') });
    expect(registration).toMatchObject({ book: '01/2027', entryNumber: '1', registeredOn: '2027-01-04' });
  });

  it('Art. 4(1): a birth the population database does not issue a personal ID number for stays in awaitingPersonalId, and is registered under the number it issues later', async () => {
    const { id, officer } = await confirmedApplication('Khuê');
    const book = { registryCode: HOAN_KIEM, year: 2026, eventType: 'birth' };
    const lastBefore = await lastEntryNumber(db(), book);
    const refusing = (tx: Parameters<typeof population>[0]): PopulationRegistry => ({
      ...population(tx),
      allocatePersonalId: () => Promise.reject(new PopulationError('personalIdNotIssued', 'the managers of both databases are checking the mother\'s record')),
    });

    const waiting = await registerOrAwaitPersonalId(db(), { applicationId: id, officer, now: at('2026-11-23T14:00') }, { population: refusing });
    expect(waiting).toEqual({ kind: 'awaitingPersonalId' });
    expect(await selectApplication(db(), id, { system: true })).toMatchObject({ status: 'awaitingPersonalId' });
    // Nothing is registered without the number: no entry number drawn, no child in either database.
    expect(await lastEntryNumber(db(), book)).toBe(lastBefore);
    expect((await population(db()).findChildrenOf(LAN)).map((c) => c.givenName)).not.toContain('Khuê');
    const [request] = (await selectOutboxByKeyPrefix(db(), `${id}:personalId:`));
    expect(request).toMatchObject({ topic: POPULATION_PERSONAL_ID_TOPIC, payload: { kind: 'allocate', applicationId: id, registryProvinceCode: '01', sex: 'male', dateOfBirth: '2026-11-15' } });
    const wait = (await selectEvents(db(), id)).at(-1)!;
    expect(wait).toMatchObject({ action: 'awaitPersonalId', fromStatus: 'awaitingRegistration', toStatus: 'awaitingPersonalId', legalBasis: 'Circular 01/2022 Art. 4(1)' });
    // The officer cannot register around the wait.
    const early = await registerBirth(db(), { applicationId: id, officer, now: at('2026-11-23T14:01') }).catch((e: unknown) => e);
    expect(isAppError(early, 'illegalTransition')).toBe(true);

    // The worker asks again; while the population database still refuses, the application waits.
    const stillRefusing = { ...mockAdapters(db(), () => at('2026-11-23T14:05')), population: refusing(db()) };
    expect(await deliverOutbox(db(), { now: at('2026-11-23T14:05'), adapters: stillRefusing, limit: 10_000 })).toMatchObject({ failed: 1 });
    expect(await selectApplication(db(), id, { system: true })).toMatchObject({ status: 'awaitingPersonalId' });

    // It issues the number: the application goes back to the officer with it.
    expect(await deliverOutbox(db(), { now: at('2026-11-23T15:00'), adapters: mockAdapters(db(), () => at('2026-11-23T15:00')), limit: 10_000 })).toMatchObject({ failed: 0 });
    const issued = (await selectEvents(db(), id)).at(-1)!;
    expect(issued).toMatchObject({ action: 'personalIdIssued', toStatus: 'awaitingRegistration', actorKind: 'system' });
    const personalId = (issued.payload as { personalId: string }).personalId;
    expect(personalId).toMatch(/^001226\d{6}$/);

    const registered = await registerOrAwaitPersonalId(db(), { applicationId: id, officer, now: at('2026-11-23T15:30') });
    expect(registered).toMatchObject({ kind: 'registered', facts: { childPersonalId: personalId, subjectPersonalId: personalId, entryNumber: String(lastBefore + 1) } });
    expect(await population(db()).findPerson(personalId)).toMatchObject({ givenName: 'Khuê', motherPersonalId: LAN });
    expect((await recordsOfPerson(db(), personalId)).map((r) => r.eventType)).toEqual(['birth']);
  });
});
