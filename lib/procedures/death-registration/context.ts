import type { Db } from '@/db/types';
import { isRecordLocked, recordsOfPerson } from '@/lib/civil-status/records';
import { deathNoticeOf, type DeathNoticeRow } from '@/lib/death-notices';
import { AppError } from '@/lib/errors';
import { parsePersonalId } from '@/lib/identity/personal-id';
import { population, type Person } from '@/lib/population';
import type { DeathAnswers } from './schema';

/*
 * What the state already knows about a death: the deceased from the population database, the
 * electronic death notice, the surviving spouse (from the civil-status marriage entries) and
 * whether the deceased's e-record is already locked. Loaded for the answers given so far.
 */

export type DeathContext = {
  today: string;
  applicant: Person;
  deceased: Person | null;
  /** The deceased's e-record is locked: a death is already registered (Law Art. 34(2)). */
  deceasedLocked: boolean;
  deathNotice: DeathNoticeRow | null;
  /** The deceased's spouse by the latest marriage on record, if alive and still married. */
  spouse: Person | null;
  /** Who receives the funeral or survivor allowance. */
  recipient: Person | null;
};

const valid = (id: string | undefined): id is string => Boolean(id && parsePersonalId(id).ok);

export async function loadDeathContext(db: Db, input: { answers: DeathAnswers; applicantPersonalId: string; today: string }): Promise<DeathContext> {
  const { answers, today } = input;
  const pop = population(db);
  const applicant = await pop.findPerson(input.applicantPersonalId);
  if (!applicant) throw new AppError('notFound', 'Applicant not in the population database');
  const deceasedId = answers.deceased?.personalId;
  const deceased = valid(deceasedId) ? await pop.findPerson(deceasedId) : null;
  const recipientId = answers.bundle?.recipientPersonalId;
  const recipient = valid(recipientId) ? await pop.findPerson(recipientId) : null;
  if (!deceased) return { today, applicant, deceased: null, deceasedLocked: false, deathNotice: null, spouse: null, recipient };

  const [deceasedLocked, deathNotice, records] = await Promise.all([isRecordLocked(db, deceased.personalId), deathNoticeOf(db, deceased.personalId), recordsOfPerson(db, deceased.personalId)]);
  const marriage = records.filter((r) => r.eventType === 'marriage').at(-1);
  const spouseId = marriage ? (marriage.subjectPersonalId === deceased.personalId ? marriage.otherPartyPersonalId : marriage.subjectPersonalId) : null;
  const spouse = spouseId ? await pop.findPerson(spouseId) : null;
  return { today, applicant, deceased, deceasedLocked, deathNotice, spouse: spouse?.vitalStatus === 'alive' && spouse.maritalStatus === 'married' ? spouse : null, recipient };
}
