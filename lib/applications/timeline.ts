import { selectApplication, selectEvents, type ApplicationEventRow, type ApplicationScope } from '@/db/queries/applications';
import type { Db } from '@/db/types';
import { AppError } from '@/lib/errors';
import type { SupplementItem } from '@/lib/notifications';
import type { Action, ActorKind, Annotation, Status } from '@/lib/workflow/table';

/** One step of an application's history, for plain-language display (the UI translates `action`). */
export type TimelineEntry = {
  at: Date;
  action: Action | Annotation;
  actorKind: ActorKind;
  fromStatus: Status;
  toStatus: Status;
  reason: string | null;
  payload: Record<string, unknown>;
};

/**
 * Events with the same instant (sign and issue happen together) are put in the order of the
 * status chain: each event starts from the status the previous one ended in.
 */
export function inStatusOrder(events: readonly ApplicationEventRow[]): ApplicationEventRow[] {
  const sorted = [...events].sort((a, b) => a.at.getTime() - b.at.getTime());
  const ordered: ApplicationEventRow[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j < sorted.length && sorted[j]!.at.getTime() === sorted[i]!.at.getTime()) j++;
    const group = sorted.slice(i, j);
    while (group.length > 0) {
      const last = ordered.at(-1)?.toStatus;
      const next = Math.max(0, group.findIndex((e) => e.fromStatus === last));
      ordered.push(group.splice(next, 1)[0]!);
    }
    i = j;
  }
  return ordered;
}

async function eventsOf(db: Db, applicationId: string, scope: ApplicationScope) {
  // Ownership first: another person's or registry's application is "not found".
  const app = await selectApplication(db, applicationId, scope);
  if (!app) throw new AppError('notFound');
  return inStatusOrder(await selectEvents(db, app.id));
}

export async function applicationTimeline(db: Db, applicationId: string, scope: ApplicationScope): Promise<TimelineEntry[]> {
  return (await eventsOf(db, applicationId, scope)).map((e) => ({
    at: e.at,
    action: e.action as Action | Annotation,
    actorKind: e.actorKind as ActorKind,
    fromStatus: e.fromStatus as Status,
    toStatus: e.toStatus as Status,
    reason: e.reason,
    payload: e.payload as Record<string, unknown>,
  }));
}

/**
 * The draft the registry last returned, as the applicant was shown it (content in the shape of the
 * procedure's document, which only the procedure reads), with her deadline.
 */
export async function latestReturnedDraft(db: Db, applicationId: string, scope: ApplicationScope) {
  const app = await selectApplication(db, applicationId, scope);
  if (!app) throw new AppError('notFound');
  const event = inStatusOrder(await selectEvents(db, app.id)).filter((e) => e.action === 'returnDraft').at(-1);
  if (!event) return null;
  const payload = event.payload as { draft: unknown; confirmationDeadline: string };
  return { procedureCode: app.procedureCode, returnedAt: event.at, draft: payload.draft, confirmationDeadline: new Date(payload.confirmationDeadline) };
}

/** The facts of the registration (entry, book, personal ID…), once registered. */
export async function registrationFacts(db: Db, applicationId: string, scope: ApplicationScope): Promise<Record<string, string> | null> {
  const event = (await eventsOf(db, applicationId, scope)).filter((e) => e.action === 'register').at(-1);
  return event ? (event.payload as Record<string, string>) : null;
}

/** The items the registry last asked the applicant to supplement, and why. */
export async function latestSupplementRequest(db: Db, applicationId: string, scope: ApplicationScope) {
  const event = (await eventsOf(db, applicationId, scope)).filter((e) => e.action === 'requestSupplement').at(-1);
  if (!event) return null;
  return { requestedAt: event.at, reason: event.reason ?? '', items: (event.payload as { items: SupplementItem[] }).items };
}
