import { insertCivilStatusRecord, selectRecordsOfPerson, type NewCivilStatusRecordRow } from '@/db/queries/civil-status';
import type { Db } from '@/db/types';

/*
 * The Electronic Civil Status Database (ours): registered events with entry and book numbers.
 * Digitised legacy entries (Art. 11(1)) are loaded here with `digitized: true`.
 */

export type EventType = 'birth' | 'death' | 'marriage' | 'parentChildRecognition' | 'guardianship';

export type LegacyEntry = Omit<NewCivilStatusRecordRow, 'id' | 'createdAt' | 'eventType'> & { eventType: EventType };

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
