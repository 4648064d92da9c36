import { randomUUID } from 'node:crypto';
import { insertCivilStatusRecord, insertCivilStatusRecords, selectRecordsOfPerson, type NewCivilStatusRecordRow } from '@/db/queries/civil-status';
import type { Db } from '@/db/types';
import { ensurePersonRecord, ensurePersonRecords, selectPersonRecord, updatePersonRecord } from '@/db/queries/person-records';
import type { ENTRY_ROLES, REGISTER_EVENT_TYPES } from '@/db/schema';
import type { Person } from '@/lib/population/types';
import { nameKey } from './name-key';

/*
 * The Electronic Civil Status Database (ours): registered events with entry and book numbers, the
 * people each entry concerns, and one e-record per person linking them (Circular 01/2022 Art. 11).
 * Digitised legacy entries (Art. 10) are loaded with `digitized: true` and wait for approval.
 */

export type EventType = (typeof REGISTER_EVENT_TYPES)[number];
export type EntryRole = (typeof ENTRY_ROLES)[number];

/** A person an entry concerns; a legacy entry's parents may have no personal ID number. */
export type EntryPerson = { role: EntryRole; personalId: string | null; fullName: string; dateOfBirth: string | null };

/** An entry as written to the register: a legacy event type, or a procedure's `registration.eventType`. */
export type NewEntry = Omit<NewCivilStatusRecordRow, 'id' | 'createdAt'>;

/**
 * Writes an entry with the people it concerns, creating the e-record of each who has a personal ID
 * number (Art. 11(2)): the caller's transaction makes it part of the registration.
 */
export async function recordEntry(db: Db, entry: NewEntry, persons: readonly EntryPerson[], now: Date) {
  for (const p of persons) if (p.personalId) await ensurePersonRecord(db, p.personalId, now);
  return insertCivilStatusRecord(db, { ...entry, nameOnRecord: nfc(entry.nameOnRecord) }, persons.map(personRow));
}

/** Many entries at once (loading a register): the same rows as `recordEntry`, a few statements a batch. */
export async function recordEntries(db: Db, items: readonly { entry: NewEntry; persons: readonly EntryPerson[] }[], now: Date) {
  const BATCH = 250;
  for (let i = 0; i < items.length; i += BATCH) {
    const batch = items.slice(i, i + BATCH).map((item) => ({ ...item, id: randomUUID() }));
    await ensurePersonRecords(db, [...new Set(batch.flatMap((b) => b.persons.map((p) => p.personalId).filter((id): id is string => Boolean(id))))], now);
    await insertCivilStatusRecords(
      db,
      batch.map((b) => ({ ...b.entry, id: b.id, nameOnRecord: nfc(b.entry.nameOnRecord) })),
      batch.flatMap((b) => b.persons.map((p) => ({ ...personRow(p), recordId: b.id }))),
    );
  }
}

const nfc = (s: string) => s.normalize('NFC').trim();
const personRow = (p: EntryPerson) => ({ role: p.role, personalId: p.personalId, fullName: nfc(p.fullName), dateOfBirth: p.dateOfBirth, nameKey: nameKey(p.fullName) });

export function recordsOfPerson(db: Db, personalId: string) {
  return selectRecordsOfPerson(db, personalId);
}

/** The marriage between two people, if registered: the birth form shows it to the parents. */
export async function findMarriage(db: Db, a: string, b: string) {
  const records = await selectRecordsOfPerson(db, a);
  // A deleted entry has no legal validity (Art. 13(3)): it prefills nothing.
  return records.find(
    (r) =>
      r.eventType === 'marriage' &&
      r.status !== 'deleted' &&
      ((r.subjectPersonalId === a && r.otherPartyPersonalId === b) || (r.subjectPersonalId === b && r.otherPartyPersonalId === a)),
  );
}

/**
 * The person's e-record (Circular 01/2022 Art. 11): created by the first registration that
 * concerns them. Locked once their death is registered (Law on Civil Status Art. 34(2)).
 */
export async function isRecordLocked(db: Db, personalId: string): Promise<boolean> {
  return Boolean((await selectPersonRecord(db, personalId))?.lockedAt);
}

export async function touchPersonRecords(db: Db, personalIds: readonly (string | null)[], now: Date): Promise<void> {
  for (const id of personalIds) if (id) await ensurePersonRecord(db, id, now);
}

/** `applicationId`: the registration that locks it; none for a digitised entry restored (Art. 13(3)). */
export async function lockPersonRecord(db: Db, personalId: string, applicationId: string | null, now: Date): Promise<void> {
  await ensurePersonRecord(db, personalId, now);
  await updatePersonRecord(db, personalId, { lockedAt: now, lockedByApplicationId: applicationId }, now);
}

/** The death that locked it was deleted (Art. 13(3)): the e-record takes events again. */
export async function unlockPersonRecord(db: Db, personalId: string, now: Date): Promise<void> {
  await updatePersonRecord(db, personalId, { lockedAt: null, lockedByApplicationId: null }, now);
}

export async function recordMaritalStatus(db: Db, personalId: string, status: 'single' | 'married' | 'divorced' | 'widowed', now: Date): Promise<void> {
  await ensurePersonRecord(db, personalId, now);
  await updatePersonRecord(db, personalId, { maritalStatus: status }, now);
}

export function personRecordOf(db: Db, personalId: string) {
  return selectPersonRecord(db, personalId);
}

/** A marital status in the words of the e-forms and certificates: the databases' `single` is "never married". */
export type DeclaredMaritalStatus = 'neverMarried' | 'married' | 'divorced' | 'widowed';

const DECLARED: Record<string, DeclaredMaritalStatus> = { single: 'neverMarried', married: 'married', divorced: 'divorced', widowed: 'widowed' };

/** A recorded status in those words; null when nothing is recorded. */
export function declaredMaritalStatus(recorded: string | null | undefined): DeclaredMaritalStatus | null {
  return recorded ? (DECLARED[recorded] ?? null) : null;
}

/**
 * What the databases say of a person's marital status: the Electronic Civil Status Database
 * prevails, else the population database; null when neither records it (it cannot be confirmed).
 */
export async function recordedMaritalStatus(db: Db, person: Pick<Person, 'personalId' | 'maritalStatus'>): Promise<DeclaredMaritalStatus | null> {
  const record = await personRecordOf(db, person.personalId);
  return declaredMaritalStatus(record?.maritalStatus ?? person.maritalStatus);
}
