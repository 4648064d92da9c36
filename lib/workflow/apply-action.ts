import { insertEvent, selectApplication, selectEvents, updateApplication, type ApplicationRow, type ApplicationScope, type NewApplicationRow } from '@/db/queries/applications';
import type { Db } from '@/db/types';
import { AppError } from '@/lib/errors';
import { procedureOf } from '@/lib/procedures';
import { calendar } from '@/lib/calendar';
import { ANNOTATIONS, legalBasisOf, STATUS_RULES, transitionFor, type Action, type ActorKind, type Annotation, type Status } from './table';

export type Actor = { kind: ActorKind; id: string };

export type ApplyActionInput = {
  applicationId: string;
  action: Action;
  actor: Actor;
  /** Ownership: the citizen's own application, the officer's own registry, or the system. */
  scope: ApplicationScope;
  now: Date;
  reason?: string;
  payload?: Record<string, unknown>;
  /**
   * Other columns the action sets together with the status (due date, deadline…). Runs inside the
   * transaction: use `tx`, never the outer handle (PGlite would wait for itself).
   */
  changes?: (current: ApplicationRow, tx: Db) => Partial<NewApplicationRow> | Promise<Partial<NewApplicationRow>>;
};

/**
 * The only writer of an application's status. In one transaction: lock the application (scoped,
 * so another person's id is "not found"), check the workflow table for this actor and the
 * procedure's presence, write the new status with any accompanying changes, and append the audit
 * event.
 */
export async function applyAction(db: Db, input: ApplyActionInput): Promise<ApplicationRow> {
  return db.transaction(async (transaction) => {
    const tx = transaction as unknown as Db;
    const current = await selectApplication(tx, input.applicationId, input.scope, { forUpdate: true });
    if (!current) throw new AppError('notFound');
    const from = current.status as Status;
    const presence = procedureOf(current.procedureCode).presence;
    const to = transitionFor(input.action, from, input.actor.kind, presence);
    if (!to) throw new AppError('illegalTransition', `${input.action} is not allowed from ${from} for ${input.actor.kind}`);
    const resumed = await resumedDueDate(tx, current, from, to, input.now);
    const extra = input.changes ? await input.changes(current, tx) : {};
    const updated = await updateApplication(tx, current.id, { ...resumed, ...extra, status: to, updatedAt: input.now });
    await insertEvent(tx, {
      applicationId: current.id,
      at: input.now,
      actorKind: input.actor.kind,
      actorId: input.actor.id,
      action: input.action,
      fromStatus: from,
      toStatus: to,
      reason: input.reason?.normalize('NFC') ?? null,
      legalBasis: legalBasisOf(input.action, from, input.actor.kind, presence),
      payload: input.payload ?? {},
    });
    return updated;
  });
}

/**
 * The applicant's time is not counted (Law Art. 9(3); working-days.md rule 10): when the clock
 * resumes after a pause (the draft check, a supplement), the due date moves by the working days
 * the dossier spent with the applicant.
 */
async function resumedDueDate(tx: Db, current: ApplicationRow, from: Status, to: Status, now: Date): Promise<Partial<NewApplicationRow>> {
  if (!current.dueOn || STATUS_RULES[from].clock !== 'paused' || STATUS_RULES[to].clock !== 'running') return {};
  const pausedAt = (await selectEvents(tx, current.id)).filter((e) => e.toStatus === from && e.fromStatus !== from).at(-1)?.at;
  if (!pausedAt) return {};
  const paused = calendar.workingDaysBetween(calendar.localDate(pausedAt), calendar.localDate(now));
  return paused > 0 ? { dueOn: calendar.addWorkingDays(current.dueOn, paused) } : {};
}

/**
 * An audit mark that changes no status (the delay flag): written with the same lock and scope,
 * so it is ordered with the transitions, and with the columns it sets.
 */
export async function annotate(
  db: Db,
  input: { applicationId: string; annotation: Annotation; actor: Actor; scope: ApplicationScope; now: Date; payload: Record<string, unknown>; changes: Partial<NewApplicationRow> },
): Promise<ApplicationRow> {
  const rule = ANNOTATIONS[input.annotation];
  if (!(rule.by as readonly ActorKind[]).includes(input.actor.kind)) throw new AppError('illegalTransition', `${input.annotation} is not for ${input.actor.kind}`);
  return db.transaction(async (transaction) => {
    const tx = transaction as unknown as Db;
    const current = await selectApplication(tx, input.applicationId, input.scope, { forUpdate: true });
    if (!current) throw new AppError('notFound');
    const updated = await updateApplication(tx, current.id, { ...input.changes, updatedAt: input.now });
    await insertEvent(tx, {
      applicationId: current.id,
      at: input.now,
      actorKind: input.actor.kind,
      actorId: input.actor.id,
      action: input.annotation,
      fromStatus: current.status,
      toStatus: current.status,
      reason: null,
      legalBasis: rule.legalBasis,
      payload: input.payload,
    });
    return updated;
  });
}
