import { movePersonOfRecord, selectRecordsOfPerson, setRecordContent } from '@/db/queries/civil-status';
import { moveToReissuedPersonalId } from '@/db/queries/person-records';
import { insertAdjustment } from '@/db/queries/register-changes';
import type { Db } from '@/db/types';
import { contentChanges, type Adjustment } from './adjust-entry';

/*
 * The population database cancelled a person's personal ID number and issued another (Circular
 * 01/2022 Art. 4(1): a corrected sex or year of birth the old number no longer encodes). Our
 * database follows in the same transaction: the e-record moves to the new number, and every entry
 * naming the person takes it, each beside its own adjustment log row (the entry's trigger refuses
 * the change otherwise), with the rows that printed the old number reprinted.
 */

/**
 * The label an entry's change of key is logged under when none of its printed rows carried the
 * number (a mother's number on her child's birth entry): what the entry's papers print is unchanged,
 * so their verify pages do not call them amended (documents-of-citizen.ts).
 */
export const PERSON_KEY_FIELD = 'changes.personKey';

export async function followReissuedPersonalId(tx: Db, input: { from: string; to: string; adjustment: Omit<Adjustment, 'path' | 'legalBasis'> }): Promise<void> {
  const { from, to } = input;
  const records = await selectRecordsOfPerson(tx, from);
  await moveToReissuedPersonalId(tx, from, to, input.adjustment.at);
  for (const record of records) {
    const content = record.content.map((row) => (row.value === from ? { ...row, value: to } : row));
    const printed = contentChanges(record.content, content);
    await insertAdjustment(tx, {
      ...input.adjustment,
      path: 'personalId',
      legalBasis: 'Circular 01/2022 Art. 4(1)',
      recordId: record.id,
      changes: printed.length > 0 ? printed : [{ field: PERSON_KEY_FIELD, old: from, new: to }],
    });
    if (printed.length > 0) await setRecordContent(tx, record.id, content);
    await movePersonOfRecord(tx, record.id, from, to);
  }
}
