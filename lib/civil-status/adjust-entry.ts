import { redatePersonOfRecord, renamePersonOfRecord, selectPersonsOfRecords, setNameOnRecord, setRecordContent, type CivilStatusRecordRow } from '@/db/queries/civil-status';
import { insertAdjustment } from '@/db/queries/register-changes';
import type { AdjustedItem, AdjustmentPath } from '@/db/schema';
import type { Db } from '@/db/types';
import { AppError } from '@/lib/errors';
import { nameKey } from './name-key';
import type { EntryRole } from './records';

/*
 * The one way the printed content of a registered entry changes (Circular 01/2022 Art. 4(2),
 * 12(1)): the adjustment log row with its five elements first, then the content, the names the
 * entry is searched by and the name on record, all in the caller's transaction. The entry's own
 * trigger refuses any change without that log row (migration 0017).
 */

export type Adjustment = {
  path: AdjustmentPath;
  legalBasis: string;
  decisionMaker: string;
  decisionMakerUserId: string | null;
  implementer: string;
  implementerUserId: string | null;
  at: Date;
  requestId?: string;
  applicationId?: string;
};

type Row = { label: string; value: string };

/** What changes between two versions of an entry's content, label by label (a new label: from nothing). */
export function contentChanges(before: readonly Row[], after: readonly Row[]): AdjustedItem[] {
  const old = new Map(before.map((r, i) => [rowKey(before, i), r.value]));
  return after.flatMap((r, i) => {
    const was = old.get(rowKey(after, i));
    return (was ?? '') !== r.value ? [{ field: r.label, old: was || null, new: r.value || null }] : [];
  });
}

/**
 * A row of an entry is known by its label and which occurrence of that label it is (`label#n`):
 * a marriage entry prints "date of birth" once per spouse.
 */
export function rowKey(rows: readonly { label: string }[], i: number): string {
  const label = rows[i]!.label;
  let n = 0;
  for (let j = 0; j < i; j++) if (rows[j]!.label === label) n++;
  return `${label}#${n}`;
}
export const labelOfRowKey = (key: string) => key.slice(0, key.lastIndexOf('#'));

/**
 * Writes `content` to the entry through the adjustment log. `names`: the people of the entry
 * whose name changes with it (a corrected given name), so search by names finds the new one.
 */
export async function adjustEntryContent(
  tx: Db,
  input: { record: CivilStatusRecordRow; content: readonly Row[]; names?: readonly { role: EntryRole; fullName: string }[]; datesOfBirth?: readonly { role: EntryRole; dateOfBirth: string }[]; adjustment: Adjustment },
): Promise<AdjustedItem[]> {
  const { record } = input;
  const changes = contentChanges(record.content, input.content);
  if (changes.length === 0) throw new AppError('conflict', 'Nothing would change on the entry', { reason: 'nothingChanges' });
  await insertAdjustment(tx, { ...input.adjustment, recordId: record.id, changes });
  await setRecordContent(tx, record.id, [...input.content]);
  const persons = input.names?.length ? await selectPersonsOfRecords(tx, [record.id]) : [];
  for (const name of input.names ?? []) {
    const person = persons.find((p) => p.role === name.role);
    if (!person || person.fullName === name.fullName) continue;
    await renamePersonOfRecord(tx, record.id, name.role, name.fullName, nameKey(name.fullName));
    if (person.personalId && person.personalId === record.subjectPersonalId) await setNameOnRecord(tx, record.id, name.fullName);
  }
  for (const born of input.datesOfBirth ?? []) await redatePersonOfRecord(tx, record.id, born.role, born.dateOfBirth);
  return changes;
}
