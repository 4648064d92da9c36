import { selectPersonsOfRecords } from '@/db/queries/civil-status';
import type { Db } from '@/db/types';
import type { RegisterHit } from '@/lib/civil-status/register';
import { recordsOfPerson } from '@/lib/civil-status/records';
import { AppError } from '@/lib/errors';
import { population, type Person } from '@/lib/population';
import { documentOf } from '../entry-line';
import { loadSubject } from '../requester';
import type { ConfirmationAnswers } from './schema';

/*
 * What the Electronic Civil Status Database holds about the person concerned: their official
 * entries in date order, the later changes among them, and the names under which the entries
 * know them (Circular 01/2022 Art. 8(1)).
 */

/** An item the person's entries disagree on: the value in one entry, the value in another. */
export type Inconsistency = { information: string; firstValue: string; firstDocument: string; secondValue: string; secondDocument: string };

export type ConfirmationContext = {
  today: string;
  applicant: Person;
  subject: Person | null;
  subjectIsMinorChild: boolean;
  /** Official entries naming the subject, oldest first. */
  entries: RegisterHit[];
  /** Entries that changed an earlier one (amendments, recorded court decisions). */
  changes: RegisterHit[];
  /** Differences between the subject's entries, found by comparing them. */
  detected: Inconsistency[];
};

export async function loadConfirmationContext(db: Db, input: { answers: ConfirmationAnswers; applicantPersonalId: string; today: string }): Promise<ConfirmationContext> {
  const pop = population(db);
  const applicant = await pop.findPerson(input.applicantPersonalId);
  if (!applicant) throw new AppError('notFound', 'Applicant not in the population database');
  const { subject, subjectIsMinorChild } = await loadSubject(pop, applicant, input.answers.applicant, input.today);
  if (!subject) return { today: input.today, applicant, subject, subjectIsMinorChild, entries: [], changes: [], detected: [] };
  // A deleted entry has no legal validity but stays in the e-record, and a confirmation says so (Art. 13(3)).
  const records = (await recordsOfPerson(db, subject.personalId)).filter((r) => r.status !== 'pendingApproval');
  const persons = await selectPersonsOfRecords(db, records.map((r) => r.id));
  const entries = records.map((r) => ({ ...r, persons: persons.filter((p) => p.recordId === r.id) }));
  return { today: input.today, applicant, subject, subjectIsMinorChild, entries, changes: entries.filter((e) => e.eventType === 'amendment'), detected: nameDifferences(subject, entries) };
}

/** The person's name as each entry records it, where two entries disagree. */
function nameDifferences(subject: Person, entries: RegisterHit[]): Inconsistency[] {
  const named = entries
    .map((e) => ({ entry: e, name: e.persons.find((p) => p.personalId === subject.personalId)?.fullName }))
    .filter((x): x is { entry: RegisterHit; name: string } => Boolean(x.name));
  const first = named[0];
  const other = named.find((x) => first && x.name !== first.name);
  if (!first || !other) return [];
  return [{ information: 'Họ, chữ đệm, tên', firstValue: first.name, firstDocument: documentOf(first.entry), secondValue: other.name, secondDocument: documentOf(other.entry) }];
}
