import { beforeAll, expect, it } from 'vitest';
import { selectApplication, selectEvents } from '@/db/queries/applications';
import { selectOutboxByKeyPrefix } from '@/db/queries/outbox';
import { lastEntryNumber } from '@/db/queries/register-counters';
import { seedPersonas } from '@/db/seed/personas';
import { describeEachDatabase } from '@/db/testing';
import { recordsOfPerson } from '@/lib/civil-status/records';
import { isAppError } from '@/lib/errors';
import { population, type PopulationRegistry } from '@/lib/population';
import { acceptApplication } from '@/lib/applications/accept-application';
import { confirmDraft } from '@/lib/applications/confirm-draft';
import { registerApplication as registerBirth } from '@/lib/applications/register-application';
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
});
