import { insertCivilStatusRecord, selectRecordsOfPerson, type NewCivilStatusRecordRow } from '@/db/queries/civil-status';
import type { Db } from '@/db/types';
import { ensurePersonRecord, selectPersonRecord, updatePersonRecord } from '@/db/queries/person-records';
import type { Person } from '@/lib/population/types';

/*
 * The Electronic Civil Status Database (ours): registered events with entry and book numbers.
 * Digitised legacy entries (Art. 11(1)) are loaded here with `digitized: true`.
 */

export type EventType = 'birth' | 'death' | 'marriage' | 'parentChildRecognition' | 'guardianship' | 'maritalStatusCertificate';

/** An entry as written to the register: a legacy event type, or a procedure's `registration.eventType`. */
export type LegacyEntry = Omit<NewCivilStatusRecordRow, 'id' | 'createdAt'>;

export function recordEntry(db: Db, entry: LegacyEntry) {
  return insertCivilStatusRecord(db, { ...entry, nameOnRecord: entry.nameOnRecord.normalize('NFC') });
}

export function recordsOfPerson(db: Db, personalId: string) {
  return selectRecordsOfPerson(db, personalId);
}

/** The marriage between two people, if registered: the birth form shows it to the parents. */
export async function findMarriage(db: Db, a: string, b: string) {
  const records = await selectRecordsOfPerson(db, a);
  return records.find(
    (r) =>
      r.eventType === 'marriage' &&
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

export async function lockPersonRecord(db: Db, personalId: string, applicationId: string, now: Date): Promise<void> {
  await ensurePersonRecord(db, personalId, now);
  await updatePersonRecord(db, personalId, { lockedAt: now, lockedByApplicationId: applicationId }, now);
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
