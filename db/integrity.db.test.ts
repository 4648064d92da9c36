import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { seedPersonas } from '@/db/seed/personas';
import { describeEachDatabase } from '@/db/testing';
import type { Db } from '@/db/types';
import { acceptApplication } from '@/lib/applications/accept-application';
import { confirmDraft } from '@/lib/applications/confirm-draft';
import { registerApplication } from '@/lib/applications/register-application';
import { returnDraft } from '@/lib/applications/return-draft';
import { at, HOAN_KIEM, LAN, staff, submitBirthApplication } from '@/lib/applications/test-fixtures';
import { recordEntry, type NewEntry } from '@/lib/civil-status/records';
import { AppError } from '@/lib/errors';
import { applicationConsents, applicationEvents, applications, civilStatusRecords, dossierSequences, issuedDocuments, personRecords, recordPersons, registerCounters } from './schema';

/*
 * What the database refuses by itself (issue 10, finding 8; migration 0012), whatever code or
 * hand-written SQL tries: each case writes straight to the tables.
 */

/** The constraint a failed statement violated (postgres.js and PGlite name it differently). */
async function violated(statement: Promise<unknown>): Promise<string | undefined> {
  const error = await statement.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!error) return undefined;
  const cause = (error as { cause?: Record<string, unknown> }).cause ?? (error as Record<string, unknown>);
  return String(cause.constraint_name ?? cause.constraint ?? (error as Error).message);
}

async function draftApplication(db: Db) {
  const [row] = await db
    .insert(applications)
    .values({ procedureCode: 'birthRegistration', formVersion: 1, registryCode: HOAN_KIEM, applicantPersonalId: LAN, startKey: randomUUID(), status: 'draft' })
    .returning();
  return row!;
}

describeEachDatabase('integrity the database enforces', (db) => {
  beforeAll(async () => {
    await seedPersonas(db());
  });

  it('refuses a second entry with the same number in the same register book, and an entry without a number', async () => {
    const entry = (number: string, book = '01/2031'): NewEntry => ({
      eventType: 'birth', subjectPersonalId: '001231000001', nameOnRecord: 'Trần Minh An', registryCode: HOAN_KIEM,
      registryName: 'Ủy ban nhân dân phường Hoàn Kiếm, thành phố Hà Nội', entryNumber: number, book, registeredOn: '2031-01-05',
    });
    const now = at('2031-01-05T09:00');
    await recordEntry(db(), entry('7'), [], now);
    expect(await violated(recordEntry(db(), { ...entry('7'), subjectPersonalId: '001231000002', nameOnRecord: 'Trần Minh Bảo' }, [], now))).toBe('cs_records_entry_number');
    // The same number in next year's book, or in another event type's book, is another entry.
    await recordEntry(db(), entry('7', '01/2032'), [], now);
    await recordEntry(db(), { ...entry('7'), eventType: 'death' }, [], now);
    expect(await violated(recordEntry(db(), entry(' '), [], now))).toBe('cs_records_number_and_book');
    expect(await violated(db().insert(registerCounters).values({ registryCode: HOAN_KIEM, year: 2031, eventType: 'birth', last: 0 }))).toBe('register_counters_last');
  });

  it('refuses an application status, an audit event, a document or a consent outside the lists the code knows', async () => {
    const app = await draftApplication(db());
    expect(await violated(db().update(applications).set({ status: 'approvedByMagic' }).where(eq(applications.id, app.id)))).toBe('applications_status');
    expect(await violated(db().insert(applications).values({ ...app, id: randomUUID(), startKey: randomUUID(), status: 'Submitted' }))).toBe('applications_status');

    const event = { applicationId: app.id, at: new Date(), actorKind: 'officer', actorId: 'x', action: 'accept', fromStatus: 'submitted', toStatus: 'inReview' };
    await db().insert(applicationEvents).values(event);
    expect(await violated(db().insert(applicationEvents).values({ ...event, toStatus: 'approved' }))).toBe('application_events_to_status');
    expect(await violated(db().insert(applicationEvents).values({ ...event, fromStatus: '' }))).toBe('application_events_from_status');
    expect(await violated(db().insert(applicationEvents).values({ ...event, action: 'teleport' }))).toBe('application_events_action');
    expect(await violated(db().insert(applicationEvents).values({ ...event, actorKind: 'admin' }))).toBe('application_events_actor_kind');

    const document = { id: randomUUID(), applicationId: app.id, kind: 'birthCertificate', holderPersonalId: LAN, content: {}, token: 't', storageKey: 'k', issuedAt: new Date() };
    expect(await violated(db().insert(issuedDocuments).values({ ...document, status: 'forged' }))).toBe('issued_documents_status');
    expect(await violated(db().insert(issuedDocuments).values({ ...document, kind: 'diploma' }))).toBe('issued_documents_kind');
    await db().insert(issuedDocuments).values(document);

    const consent = { applicationId: app.id, personalId: LAN, purpose: 'householdResidence', requestedAt: new Date() };
    expect(await violated(db().insert(applicationConsents).values({ ...consent, status: 'maybe' }))).toBe('application_consents_status');
    expect(await violated(db().insert(personRecords).values({ personalId: '001231009999', maritalStatus: 'complicated', createdAt: new Date(), updatedAt: new Date() }))).toBe('person_records_marital_status');
  });

  it('refuses an impossible register event type, and counters of a registry that does not exist', async () => {
    expect(
      await violated(
        db().insert(civilStatusRecords).values({ eventType: 'baptism', subjectPersonalId: '001231000003', nameOnRecord: 'X', registryCode: HOAN_KIEM, registryName: 'X', entryNumber: '1', book: '01/2031', registeredOn: '2031-01-05' }),
      ),
    ).toBe('cs_records_event_type');
    expect(await violated(db().insert(registerCounters).values({ registryCode: '99999', year: 2031, eventType: 'birth', last: 1 }))).toBe('register_counters_registry_code_registries_code_fk');
    expect(await violated(db().insert(dossierSequences).values({ registryCode: '99999', day: '2031-01-05', last: 1 }))).toBe('dossier_sequences_registry_code_registries_code_fk');
  });

  it('Art. 11(1): two officers registering the same child at the same moment make one entry; the other is told the child is already registered', async () => {
    // Filed twice, at two registries (any registry may register a birth): two books, so nothing
    // else orders the two registrations.
    const confirmed = async (username: string) => {
      const officer = await staff(db(), username);
      const { id } = await submitBirthApplication(db(), { now: at('2026-11-23T10:00'), registryCode: officer.registryCode, child: { givenName: 'Song' } });
      await acceptApplication(db(), { applicationId: id, officer, now: at('2026-11-23T10:05') });
      await returnDraft(db(), { applicationId: id, officer, now: at('2026-11-23T10:10') });
      await confirmDraft(db(), { applicationId: id, personalId: LAN, organisationCode: null, now: at('2026-11-23T10:20') });
      return { applicationId: id, officer };
    };
    const filed = [await confirmed('officer.hoankiem'), await confirmed('officer.saigon')];
    const outcomes = await Promise.allSettled(filed.map((f) => registerApplication(db(), { ...f, now: at('2026-11-23T11:00') })));

    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    const refused = outcomes.find((o) => o.status === 'rejected');
    expect(refused?.reason).toBeInstanceOf(AppError);
    expect(refused?.reason).toMatchObject({ code: 'conflict', details: { reason: 'childAlreadyRegistered' } });
    const children = await db().select().from(recordPersons).where(eq(recordPersons.fullName, 'Trần Minh Song'));
    expect(children.filter((p) => p.role === 'child')).toHaveLength(1);
  });
});
