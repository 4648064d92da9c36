import { can } from '@/lib/auth/permissions';
import { z } from 'zod';
import {
  approveEntry,
  insertRecordViews,
  selectPendingLegacyEntries,
  selectPersonsOfRecords,
  selectRecord,
  selectRecordsByEntry,
  selectRecordsByPersons,
  selectViewsOfPerson,
  type CivilStatusRecordRow,
  type RecordPersonRow,
  type RecordScope,
} from '@/db/queries/civil-status';
import type { Db } from '@/db/types';
import { getOfficeUser } from '@/lib/auth/office-accounts';
import type { OfficeRole } from '@/lib/auth/permissions';
import { AppError, fieldErrorsOf } from '@/lib/errors';
import { PROVINCES } from '@/lib/reference';
import { getRegistry } from '@/lib/registries';
import { ENTRY_ROLES, REGISTER_EVENT_TYPES } from '@/db/schema';
import { nameKey } from './name-key';

/*
 * The register as officers use it (Circular 01/2022 Art. 7, 8(3), 10): the search by entry or by
 * the people concerned, scoped to what the role may see; opening an entry, which is logged; and
 * the provincial approval of digitised legacy entries.
 */

export type RegisterHit = CivilStatusRecordRow & { persons: RecordPersonRow[] };

const isoDate = z.iso.date({ error: 'validation.date' });
const personalQuery = z.object({
  role: z.enum(ENTRY_ROLES),
  fullName: z.string().trim().min(2, { error: 'validation.required' }).max(120),
  dateOfBirth: isoDate.nullable(),
});

export const registerQuery = z.discriminatedUnion('by', [
  z.object({
    by: z.literal('entry'),
    eventType: z.enum(REGISTER_EVENT_TYPES).optional(),
    registryCode: z.string().regex(/^\d{5}$/, { error: 'validation.registry' }),
    entryNumber: z.string().trim().min(1, { error: 'validation.required' }).max(20),
    registeredOn: isoDate,
  }),
  z.object({
    by: z.literal('persons'),
    eventType: z.enum(REGISTER_EVENT_TYPES).optional(),
    persons: z.array(personalQuery).min(1).max(3),
  }),
]);
export type RegisterQuery = z.infer<typeof registerQuery>;

/** Finds entries; `officialOnly` leaves out digitised entries not yet approved (Art. 10(3)). */
export async function findEntries(db: Db, query: RegisterQuery, options: { officialOnly: boolean; scope: RecordScope }): Promise<RegisterHit[]> {
  const rows =
    query.by === 'entry'
      ? await selectRecordsByEntry(db, { ...query, officialOnly: options.officialOnly }, options.scope)
      : await selectRecordsByPersons(
          db,
          { eventType: query.eventType, persons: query.persons.map((p) => ({ role: p.role, nameKey: nameKey(p.fullName), dateOfBirth: p.dateOfBirth })), officialOnly: options.officialOnly },
          options.scope,
        );
  const persons = await selectPersonsOfRecords(db, rows.map((r) => r.id));
  return rows.map((r) => ({ ...r, persons: persons.filter((p) => p.recordId === r.id) }));
}

/** An office account as the register sees it: what it may search and how its views are logged. */
export type RegisterViewer = { userId: string; role: OfficeRole; name: string; body: string; scope: RecordScope };

/** Officers and signers see their registry's books, a provincial supervisor the province's, the Ministry all. */
export async function registerViewer(db: Db, userId: string): Promise<RegisterViewer> {
  const user = await getOfficeUser(db, userId);
  // A community helper has a commune but no access to its register.
  if (!user || !user.active || !can(user.role, 'register.search')) throw new AppError('notFound');
  if (user.role === 'dbManager') return { userId, role: user.role, name: user.fullName, body: 'Bộ Tư pháp', scope: { all: true } };
  if (user.role === 'dojSupervisor' && user.provinceCode) {
    const province = PROVINCES.find((p) => p.code === user.provinceCode);
    return { userId, role: user.role, name: user.fullName, body: `Sở Tư pháp ${province?.fullName ?? user.provinceCode}`, scope: { provinceCode: user.provinceCode } };
  }
  if (user.registryCode) {
    const registry = await getRegistry(db, user.registryCode);
    return { userId, role: user.role, name: user.fullName, body: registry?.name ?? user.registryCode, scope: { registryCode: user.registryCode } };
  }
  throw new AppError('notFound');
}

export const VIEW_PURPOSES = ['copyRequest', 'confirmation', 'amendment', 'verification', 'approval', 'other'] as const;
const purposeSchema = z.object({ purpose: z.enum(VIEW_PURPOSES, { error: 'validation.required' }), note: z.string().trim().max(200).default('') });
export type ViewPurpose = z.input<typeof purposeSchema>;

function parse<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new AppError('invalidInput', 'Invalid input', { fieldErrors: fieldErrorsOf(parsed.error.issues) });
  return parsed.data;
}

const purposeText = (p: z.output<typeof purposeSchema>) => (p.note ? `${p.purpose}: ${p.note}` : p.purpose);

/**
 * The officer's search (Art. 7(1)–(2)), within the role's scope. Every person listed in a result
 * counts as viewed, with the stated purpose (Art. 8(3)).
 */
export async function searchRegister(db: Db, input: { userId: string; query: unknown; purpose: unknown; now: Date }): Promise<RegisterHit[]> {
  const viewer = await registerViewer(db, input.userId);
  const query = parse(registerQuery, input.query);
  const purpose = parse(purposeSchema, input.purpose);
  const hits = await findEntries(db, query, { officialOnly: false, scope: viewer.scope });
  await logViews(db, viewer, hits, purposeText(purpose), input.now);
  return hits;
}

/** One entry, if the role may see it; the view is logged. Anything else is "not found". */
export async function openEntry(db: Db, input: { userId: string; recordId: string; purpose: unknown; now: Date }): Promise<RegisterHit> {
  const viewer = await registerViewer(db, input.userId);
  const purpose = parse(purposeSchema, input.purpose);
  const hit = await entryInScope(db, viewer, input.recordId);
  await logViews(db, viewer, [hit], purposeText(purpose), input.now);
  return hit;
}

async function entryInScope(db: Db, viewer: RegisterViewer, recordId: string): Promise<RegisterHit> {
  if (!z.uuid().safeParse(recordId).success) throw new AppError('notFound');
  const record = await selectRecord(db, recordId);
  if (!record || !(await inScope(db, viewer.scope, record))) throw new AppError('notFound');
  return { ...record, persons: await selectPersonsOfRecords(db, [record.id]) };
}

async function inScope(db: Db, scope: RecordScope, record: CivilStatusRecordRow): Promise<boolean> {
  if ('all' in scope) return true;
  if ('registryCode' in scope) return record.registryCode === scope.registryCode;
  return (await getRegistry(db, record.registryCode))?.provinceCode === scope.provinceCode;
}

/** Who looked: an office user, or an organisation's representative (viewer id: their personal ID number). */
export type Viewer = { userId: string; role: OfficeRole | 'organisation'; name: string; body: string };

export async function logViews(db: Db, viewer: Viewer, hits: readonly RegisterHit[], purpose: string, now: Date) {
  await insertRecordViews(
    db,
    hits.flatMap((h) =>
      h.persons
        .filter((p) => p.personalId)
        .map((p) => ({ at: now, viewerKind: viewer.role, viewerId: viewer.userId, viewerName: viewer.name, viewerBody: viewer.body, personalId: p.personalId!, recordId: h.id, purpose })),
    ),
  );
}

/** Views of people the viewer saw outside any entry (a person named in a letter with no event on record). */
export async function logPersonViews(db: Db, viewer: Viewer, personalIds: readonly string[], purpose: string, now: Date) {
  await insertRecordViews(
    db,
    personalIds.map((personalId) => ({ at: now, viewerKind: viewer.role, viewerId: viewer.userId, viewerName: viewer.name, viewerBody: viewer.body, personalId, recordId: null, purpose })),
  );
}

/** Digitised entries of the supervisor's province waiting for approval (Art. 10(3)). */
export async function pendingLegacyEntries(db: Db, userId: string): Promise<RegisterHit[]> {
  const viewer = await registerViewer(db, userId);
  if (viewer.role !== 'dojSupervisor' || !('provinceCode' in viewer.scope)) throw new AppError('notFound');
  const rows = await selectPendingLegacyEntries(db, viewer.scope.provinceCode);
  const persons = await selectPersonsOfRecords(db, rows.map((r) => r.id));
  return rows.map((r) => ({ ...r, persons: persons.filter((p) => p.recordId === r.id) }));
}

/**
 * The provincial Department of Justice approves a digitised entry of its province: from then on it
 * is official (Art. 10(3)). Reviewing it counts as a view of the people it names.
 */
export async function approveLegacyEntry(db: Db, input: { userId: string; recordId: string; now: Date }): Promise<void> {
  const viewer = await registerViewer(db, input.userId);
  if (viewer.role !== 'dojSupervisor') throw new AppError('notFound');
  const hit = await entryInScope(db, viewer, input.recordId);
  if (hit.status !== 'pendingApproval') throw new AppError('conflict', 'The entry is not waiting for approval', { reason: 'notPending' });
  if (!(await approveEntry(db, hit.id, viewer.userId, input.now))) throw new AppError('conflict', 'The entry was approved meanwhile', { reason: 'notPending' });
  await logViews(db, viewer, [hit], 'approval', input.now);
}

/** Who viewed the person's civil-status information, newest first ("Thông tin của tôi", Art. 8(3)). */
export function viewsOfPerson(db: Db, personalId: string) {
  return selectViewsOfPerson(db, personalId);
}
