import { insertEvent, selectApplication, updateApplication, type ApplicationRow, type ApplicationScope, type NewApplicationRow } from '@/db/queries/applications';
import type { Db } from '@/db/types';
import { AppError } from '@/lib/errors';
import { TRANSITIONS, transitionFor, type Action, type ActorKind, type Status } from './table';

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
  /** Other columns the action sets together with the status (due date, deadline…). */
  /** Runs inside the transaction: use `tx`, never the outer handle (PGlite would wait for itself). */
  changes?: (current: ApplicationRow, tx: Db) => Partial<NewApplicationRow> | Promise<Partial<NewApplicationRow>>;
};

/**
 * The only writer of an application's status. In one transaction: lock the application (scoped,
 * so another person's id is "not found"), check the workflow table for this actor, write the new
 * status with any accompanying changes, and append the audit event.
 */
export async function applyAction(db: Db, input: ApplyActionInput): Promise<ApplicationRow> {
  return db.transaction(async (transaction) => {
    const tx = transaction as unknown as Db;
    const current = await selectApplication(tx, input.applicationId, input.scope, { forUpdate: true });
    if (!current) throw new AppError('notFound');
    const from = current.status as Status;
    const to = transitionFor(input.action, from, input.actor.kind);
    if (!to) throw new AppError('illegalTransition', `${input.action} is not allowed from ${from} for ${input.actor.kind}`);
    const extra = input.changes ? await input.changes(current, tx) : {};
    const updated = await updateApplication(tx, current.id, { ...extra, status: to, updatedAt: input.now });
    const transition = TRANSITIONS[input.action] as { legalBasis?: string };
    await insertEvent(tx, {
      applicationId: current.id,
      at: input.now,
      actorKind: input.actor.kind,
      actorId: input.actor.id,
      action: input.action,
      fromStatus: from,
      toStatus: to,
      reason: input.reason?.normalize('NFC') ?? null,
      legalBasis: transition.legalBasis ?? null,
      payload: input.payload ?? {},
    });
    return updated;
  });
}
