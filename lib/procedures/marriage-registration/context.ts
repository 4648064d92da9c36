import type { Db } from '@/db/types';
import { isRecordLocked, recordedMaritalStatus } from '@/lib/civil-status/records';
import { AppError } from '@/lib/errors';
import { parsePersonalId } from '@/lib/identity/personal-id';
import { population, type Person } from '@/lib/population';
import type { MarriageAnswers, MarriageMaritalStatus } from './schema';

/*
 * What the state already knows about the two parties: each from the population database, their
 * marital status from the Electronic Civil Status Database (which prevails) or else the
 * population database, whether their e-record is locked (a registered death), and whether the
 * databases show them as parent and child or as siblings.
 */

export type PartyRecord = {
  person: Person;
  /** Null: neither database records it, so it cannot be confirmed (a marital-status certificate is needed). */
  status: MarriageMaritalStatus | null;
  /** Dead in either database. */
  dead: boolean;
};

export type Kinship = 'parentChild' | 'siblings' | null;

export type MarriageContext = {
  today: string;
  applicant: Person;
  self: PartyRecord;
  other: PartyRecord | null;
  kinship: Kinship;
};

const valid = (id: string | undefined): id is string => Boolean(id && parsePersonalId(id).ok);

async function partyRecord(db: Db, person: Person): Promise<PartyRecord> {
  const [status, locked] = await Promise.all([recordedMaritalStatus(db, person), isRecordLocked(db, person.personalId)]);
  return { person, status, dead: locked || person.vitalStatus === 'deceased' };
}

export function kinshipOf(a: Person, b: Person): Kinship {
  const parentOf = (p: Person, q: Person) => p.personalId === q.fatherPersonalId || p.personalId === q.motherPersonalId;
  if (parentOf(a, b) || parentOf(b, a)) return 'parentChild';
  const shared = (x: string | null, y: string | null) => x !== null && x === y;
  if (shared(a.fatherPersonalId, b.fatherPersonalId) || shared(a.motherPersonalId, b.motherPersonalId)) return 'siblings';
  return null;
}

export async function loadMarriageContext(db: Db, input: { answers: MarriageAnswers; applicantPersonalId: string; today: string }): Promise<MarriageContext> {
  const pop = population(db);
  const applicant = await pop.findPerson(input.applicantPersonalId);
  if (!applicant) throw new AppError('notFound', 'Applicant not in the population database');
  const otherId = input.answers.otherParty?.personalId;
  const otherPerson = valid(otherId) ? await pop.findPerson(otherId) : null;
  const [self, other] = await Promise.all([partyRecord(db, applicant), otherPerson ? partyRecord(db, otherPerson) : null]);
  return { today: input.today, applicant, self, other, kinship: otherPerson ? kinshipOf(applicant, otherPerson) : null };
}
