import { selectRegistryQueue } from '@/db/queries/applications';
import type { Db } from '@/db/types';
import { calendar, type Clock } from '@/lib/calendar';
import { population } from '@/lib/population';
import { CLOCK_PAUSED, STATUS_RULES, STATUSES, TERMINAL, type Status } from '@/lib/workflow/table';

/** Every status in which the registry has received the application and has, or will have, something to do. */
export const OPEN_STATUSES: Status[] = STATUSES.filter((s) => STATUS_RULES[s].received && !TERMINAL.includes(s));

export type DueFlag = 'overdue' | 'today' | 'later' | null;

export type QueueItem = {
  id: string;
  dossierCode: string | null;
  procedureCode: string;
  applicantName: string | null;
  /** Whom the application is about (the child, the deceased). */
  subjectName: string;
  /** Past its due date while the registry's clock ran; the applicant received an apology. */
  delayed: boolean;
  status: Status;
  submittedAt: Date | null;
  dueOn: string | null;
  due: DueFlag;
  /** Set while a returned draft waits for the applicant. */
  confirmationDeadline: Date | null;
};

/** While the dossier is with the applicant the clock is paused (Law Art. 9(3)): no due flag then. */
export function dueFlag(status: Status, dueOn: string | null, today: string): DueFlag {
  if (!dueOn || CLOCK_PAUSED.includes(status)) return null;
  if (dueOn < today) return 'overdue';
  return dueOn === today ? 'today' : 'later';
}

/** A registry's open applications, earliest due date first, with "today" in Asia/Ho_Chi_Minh. */
export async function registryQueue(db: Db, registryCode: string, clock: Clock): Promise<QueueItem[]> {
  const today = calendar.localDate(clock());
  const rows = await selectRegistryQueue(db, registryCode, OPEN_STATUSES);
  const people = await population(db).findPeople([...new Set(rows.map((r) => r.applicantPersonalId))]);
  const names = new Map(people.map((p) => [p.personalId, p.fullName]));
  return rows.map((r) => ({
    id: r.id,
    dossierCode: r.dossierCode,
    procedureCode: r.procedureCode,
    applicantName: names.get(r.applicantPersonalId) ?? null,
    subjectName: r.subjectName,
    delayed: r.delayedAt !== null,
    status: r.status as Status,
    submittedAt: r.submittedAt,
    dueOn: r.dueOn,
    due: dueFlag(r.status as Status, r.dueOn, today),
    confirmationDeadline: r.confirmationDeadline,
  }));
}
