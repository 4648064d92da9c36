import { selectRecordsOfPerson } from '@/db/queries/civil-status';
import type { Db } from '@/db/types';
import { AppError } from '@/lib/errors';
import { population, type Person } from '@/lib/population';
import { residenceCommune } from '@/lib/population/residence';
import type { AmendableField } from '../contract';
import { loadSubject } from '../requester';
import type { AmendmentAnswers } from './schema';

/*
 * What an amendment works on: the person concerned (the applicant, or her child under 18) and
 * their registered events whose documents may be amended, each with its printed fields as the
 * register holds them now (procedures.md §6: "current value, read-only").
 */

export type AmendableEntry = {
  id: string;
  eventType: string;
  entryNumber: string;
  book: string;
  registeredOn: string;
  registryCode: string;
  registryName: string;
  /** The printed fields an amendment may change, with their value on the register ('' when empty). */
  fields: (AmendableField & { current: string })[];
};

export type AmendmentContext = {
  today: string;
  applicant: Person;
  subject: Person | null;
  subjectIsMinorChild: boolean;
  /** The subject's official entries an amendment may change. */
  entries: AmendableEntry[];
  /** The registry of the subject's residence, which may also take the application (Law Art. 27). */
  residenceRegistry: string | null;
};

export async function loadAmendmentContext(db: Db, input: { answers: AmendmentAnswers; applicantPersonalId: string; today: string }): Promise<AmendmentContext> {
  const pop = population(db);
  const applicant = await pop.findPerson(input.applicantPersonalId);
  if (!applicant) throw new AppError('notFound', 'Applicant not in the population database');
  const who = await loadSubject(pop, applicant, input.answers.applicant, input.today);
  // The registry is reached at call time: it lists this procedure too.
  const { documentOfEventType } = await import('../index');
  const records = who.subject ? await selectRecordsOfPerson(db, who.subject.personalId) : [];
  const entries = records
    // Their own events: a birth names them as its subject, a marriage as either party.
    .filter((r) => (r.subjectPersonalId === who.subject?.personalId || r.otherPartyPersonalId === who.subject?.personalId) && r.status === 'official')
    .flatMap((r): AmendableEntry[] => {
      const amendable = documentOfEventType(r.eventType)?.amendable;
      if (!amendable) return [];
      const fields = amendable.map((f) => ({ ...f, current: r.content.find((c) => c.label === f.label)?.value ?? '' }));
      return [{ id: r.id, eventType: r.eventType, entryNumber: r.entryNumber, book: r.book, registeredOn: r.registeredOn, registryCode: r.registryCode, registryName: r.registryName, fields }];
    });
  return { today: input.today, applicant, ...who, entries, residenceRegistry: who.subject ? residenceCommune(who.subject) : null };
}

/** The entry the answers name, when it is one the applicant may amend. */
export function chosenEntry(answers: AmendmentAnswers, ctx: AmendmentContext): AmendableEntry | null {
  return ctx.entries.find((e) => e.id === answers.record?.recordId) ?? null;
}

/** The values of the message naming an entry in the reader's language (`amendment.recordOption`). */
export function recordValues(e: AmendableEntry): Record<string, string> {
  return { event: e.eventType, number: e.entryNumber, book: e.book, registry: e.registryName, date: e.registeredOn.split('-').reverse().join('/') };
}
