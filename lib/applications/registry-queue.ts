import { z } from 'zod';
import { countRegistryQueue, selectRegistryQueue, type QueueCursor } from '@/db/queries/applications';
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

/** Applications shown on one page of the queue. */
export const QUEUE_PAGE_SIZE = 50;
/** Counted exactly up to this many; beyond, the page says "more than". */
export const QUEUE_COUNT_CAP = 1000;

const cursorSchema = z.object({ d: z.iso.date().nullable(), s: z.iso.datetime({ offset: true }).nullable(), i: z.uuid() });

/** The `after` of the page following `row`, as it travels in the page's address. */
export function queueCursor(row: { dueOn: string | null; submittedAt: Date | null; id: string }): string {
  return Buffer.from(JSON.stringify({ d: row.dueOn, s: row.submittedAt?.toISOString() ?? null, i: row.id })).toString('base64url');
}

/** The cursor of an address, or null (the first page) for a missing or altered one. */
export function parseQueueCursor(raw: string | undefined): QueueCursor | null {
  if (!raw) return null;
  try {
    const c = cursorSchema.parse(JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')));
    return { dueOn: c.d, submittedAt: c.s, id: c.i };
  } catch {
    return null;
  }
}

/** `total` is exact up to QUEUE_COUNT_CAP; `totalCapped` says there are more than that. */
export type QueuePage = { items: QueueItem[]; total: number; totalCapped: boolean; first: boolean; next: string | null };

/**
 * One page of a registry's open applications, earliest due date first, with "today" in
 * Asia/Ho_Chi_Minh. Paged by keyset (`after`: where the previous page ended), never unbounded.
 */
export async function registryQueue(db: Db, registryCode: string, clock: Clock, page: { after?: string } = {}): Promise<QueuePage> {
  const today = calendar.localDate(clock());
  const after = parseQueueCursor(page.after);
  const [{ rows, more }, counted] = await Promise.all([
    selectRegistryQueue(db, registryCode, OPEN_STATUSES, { after, size: QUEUE_PAGE_SIZE }),
    countRegistryQueue(db, registryCode, OPEN_STATUSES, QUEUE_COUNT_CAP),
  ]);
  const totalCapped = counted > QUEUE_COUNT_CAP;
  const total = Math.min(counted, QUEUE_COUNT_CAP);
  const people = await population(db).findPeople([...new Set(rows.map((r) => r.applicantPersonalId))]);
  const names = new Map(people.map((p) => [p.personalId, p.fullName]));
  const items = rows.map((r) => ({
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
  const last = rows.at(-1);
  return { items, total, totalCapped, first: after === null, next: more && last ? queueCursor(last) : null };
}
