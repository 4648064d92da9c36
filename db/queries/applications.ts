import { and, asc, desc, eq, inArray, isNull, lt, lte, or, sql } from 'drizzle-orm';
import { applicationEvents, applicationParties, applications, dossierSequences } from '../schema';
import type { Db } from '../types';
import { isUuid } from '@/lib/uuid';

export type ApplicationRow = typeof applications.$inferSelect;
export type NewApplicationRow = typeof applications.$inferInsert;
export type ApplicationEventRow = typeof applicationEvents.$inferSelect;

/**
 * Who is asking: ownership is part of every where clause, so a foreign id finds nothing. The
 * applicant alone may change the answers; a party (the applicant or a co-applicant, such as the
 * other party to a marriage) may see the application and answer what is asked of them.
 *
 * `organisationCode` is the organisation the session acts for (Circular 01/2022 Art. 8(2)), null
 * for a person acting for themselves. An organisation's applications belong to the organisation:
 * any of its representatives sees them, and none of them sees them from a personal session.
 */
export type ApplicationScope =
  | { applicantPersonalId: string; organisationCode: string | null }
  | { partyPersonalId: string; organisationCode: string | null }
  | { registryCode: string }
  | { system: true };

export function filedBy(personalId: string, organisationCode: string | null) {
  return organisationCode ? eq(applications.organisationCode, organisationCode) : and(eq(applications.applicantPersonalId, personalId), isNull(applications.organisationCode));
}

export function partyWhere(personalId: string, organisationCode: string | null) {
  if (organisationCode) return filedBy(personalId, organisationCode);
  const coApplicant = sql`${applications.id} in (select ${applicationParties.applicationId} from ${applicationParties} where ${applicationParties.personalId} = ${personalId})`;
  return or(filedBy(personalId, null), coApplicant);
}

function scopeWhere(scope: ApplicationScope) {
  if ('applicantPersonalId' in scope) return filedBy(scope.applicantPersonalId, scope.organisationCode);
  if ('partyPersonalId' in scope) return partyWhere(scope.partyPersonalId, scope.organisationCode);
  if ('registryCode' in scope) return eq(applications.registryCode, scope.registryCode);
  return undefined;
}

export async function insertApplication(db: Db, row: NewApplicationRow): Promise<ApplicationRow> {
  const [inserted] = await db.insert(applications).values(row).onConflictDoNothing().returning();
  if (inserted) return inserted;
  const [existing] = await db
    .select()
    .from(applications)
    .where(and(eq(applications.applicantPersonalId, row.applicantPersonalId), eq(applications.startKey, row.startKey), filedBy(row.applicantPersonalId, row.organisationCode ?? null)));
  return existing!;
}

export async function selectApplication(db: Db, id: string, scope: ApplicationScope, options: { forUpdate?: boolean } = {}) {
  if (!isUuid(id)) return undefined;
  const query = db
    .select()
    .from(applications)
    .where(and(eq(applications.id, id), scopeWhere(scope)))
    .limit(1);
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row;
}

export async function updateApplication(db: Db, id: string, changes: Partial<NewApplicationRow>) {
  const [row] = await db
    .update(applications)
    .set({ ...changes, version: sql`${applications.version} + 1`, updatedAt: changes.updatedAt ?? new Date() })
    .where(eq(applications.id, id))
    .returning();
  return row!;
}

export async function insertEvent(db: Db, row: typeof applicationEvents.$inferInsert) {
  await db.insert(applicationEvents).values(row);
}

export async function selectEvents(db: Db, applicationId: string): Promise<ApplicationEventRow[]> {
  return db.select().from(applicationEvents).where(eq(applicationEvents.applicationId, applicationId)).orderBy(asc(applicationEvents.at));
}

/** The applications a person filed or is a co-applicant of, newest first. */
export async function selectApplicationsOfApplicant(db: Db, personalId: string, organisationCode: string | null) {
  return db.select().from(applications).where(partyWhere(personalId, organisationCode)).orderBy(desc(applications.updatedAt));
}

/** Where a page of an applicant's list ended: the last row's change, to the microsecond, and its id. */
export type ApplicantListCursor = { updatedAt: string; id: string };

/**
 * One page of the applications a person filed or joined (or a representative's organisation
 * filed), the latest change first: the list's columns only, by keyset (`after`: where the previous
 * page ended), `size + 1` rows so the caller knows whether another page follows.
 */
export async function selectApplicantList(db: Db, personalId: string, organisationCode: string | null, page: { after: ApplicantListCursor | null; size: number }) {
  const after = page.after ? sql`(${applications.updatedAt}, ${applications.id}) < (${page.after.updatedAt}::timestamptz, ${page.after.id}::uuid)` : undefined;
  return db
    .select({
      id: applications.id,
      procedureCode: applications.procedureCode,
      subjectName: applications.subjectName,
      dossierCode: applications.dossierCode,
      status: applications.status,
      updatedAt: applications.updatedAt,
      // The cursor keeps PostgreSQL's microseconds: a JavaScript Date would drop them, and a row changed in the same millisecond would be skipped.
      cursorAt: sql<string>`to_char(${applications.updatedAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`,
    })
    .from(applications)
    .where(and(partyWhere(personalId, organisationCode), after))
    .orderBy(desc(applications.updatedAt), desc(applications.id))
    .limit(page.size + 1);
}

export type ApplicationPartyRow = typeof applicationParties.$inferSelect;

export async function selectParties(db: Db, applicationId: string): Promise<ApplicationPartyRow[]> {
  return db.select().from(applicationParties).where(eq(applicationParties.applicationId, applicationId));
}

export async function insertParty(db: Db, row: typeof applicationParties.$inferInsert) {
  await db.insert(applicationParties).values(row).onConflictDoNothing();
}

export async function answerParty(db: Db, applicationId: string, personalId: string, status: 'confirmed' | 'declined', at: Date) {
  const [row] = await db
    .update(applicationParties)
    .set({ status, answeredAt: at })
    .where(and(eq(applicationParties.applicationId, applicationId), eq(applicationParties.personalId, personalId), eq(applicationParties.status, 'pending')))
    .returning();
  return row;
}

/** Where a page of the queue starts: just after this application, in queue order. */
export type QueueCursor = { dueOn: string | null; submittedAt: string | null; id: string };

/* Queue order: earliest due date first (none last), then earliest submitted, then id, so that every
 * application has one place and a page can start just after the last one shown (keyset). The same
 * expressions are indexed (migration 0018): a page costs the same at 100,000 open applications as at 100. */
const queueDue = sql`coalesce(${applications.dueOn}, '9999-12-31'::date)`;
const queueSubmitted = sql`coalesce(${applications.submittedAt}, 'infinity'::timestamptz)`;

/** One page of a registry's open applications in queue order, and whether more follow. */
export async function selectRegistryQueue(db: Db, registryCode: string, statuses: string[], page: { after: QueueCursor | null; size: number }) {
  const after = page.after;
  const rows = await db
    .select()
    .from(applications)
    .where(
      and(
        eq(applications.registryCode, registryCode),
        inArray(applications.status, statuses),
        after
          ? sql`(${queueDue}, ${queueSubmitted}, ${applications.id}) > (coalesce(${after.dueOn}::date, '9999-12-31'::date), coalesce(${after.submittedAt}::timestamptz, 'infinity'::timestamptz), ${after.id}::uuid)`
          : undefined,
      ),
    )
    .orderBy(queueDue, queueSubmitted, asc(applications.id))
    .limit(page.size + 1);
  return { rows: rows.slice(0, page.size), more: rows.length > page.size };
}

/**
 * How many open applications the registry has, counted up to `cap`: "1–50 of 1,234" for any
 * queue a registry works through, "of more than 1,000" beyond, at the cost of `cap` rows at most.
 */
export async function countRegistryQueue(db: Db, registryCode: string, statuses: string[], cap: number): Promise<number> {
  const open = db
    .select({ one: sql`1` })
    .from(applications)
    .where(and(eq(applications.registryCode, registryCode), inArray(applications.status, statuses)))
    .limit(cap + 1)
    .as('open');
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(open);
  return row?.n ?? 0;
}

export async function selectExpiredConfirmations(db: Db, now: Date) {
  return db
    .select({ id: applications.id })
    .from(applications)
    .where(and(eq(applications.status, 'awaitingApplicantConfirmation'), lte(applications.confirmationDeadline, now)));
}

/** The next dossier number of a registry on a day (atomic upsert). */
export async function nextDossierNumber(db: Db, registryCode: string, day: string): Promise<number> {
  const [row] = await db
    .insert(dossierSequences)
    .values({ registryCode, day, last: 1 })
    .onConflictDoUpdate({ target: [dossierSequences.registryCode, dossierSequences.day], set: { last: sql`${dossierSequences.last} + 1` } })
    .returning({ last: dossierSequences.last });
  return row!.last;
}

/**
 * Writes answers only while the applicant may still change them: the status condition is part of
 * the update, so a save racing a submission changes nothing (undefined is returned).
 */
export async function updateEditableAnswers(db: Db, id: string, changes: Pick<NewApplicationRow, 'answers' | 'updatedAt'> & Partial<Pick<NewApplicationRow, 'registryCode' | 'subjectName'>>) {
  const [row] = await db
    .update(applications)
    .set({ ...changes, version: sql`${applications.version} + 1` })
    .where(and(eq(applications.id, id), inArray(applications.status, ['draft', 'needsSupplement'])))
    .returning();
  return row;
}

/** Applications past their due date in the given statuses, not yet flagged as delayed. */
export async function selectOverdueApplications(db: Db, today: string, statuses: readonly string[]) {
  return db
    .select({ id: applications.id, procedureCode: applications.procedureCode, dueOn: applications.dueOn })
    .from(applications)
    .where(and(inArray(applications.status, [...statuses]), lt(applications.dueOn, today), isNull(applications.delayedAt)));
}
