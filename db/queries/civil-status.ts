import { and, asc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import { union } from 'drizzle-orm/pg-core';
import { civilStatusRecords, electronicBirthNotices, electronicDeathNotices, recordPersons, recordViews, registries } from '../schema';
import type { Db } from '../types';

export type CivilStatusRecordRow = typeof civilStatusRecords.$inferSelect;
export type NewCivilStatusRecordRow = typeof civilStatusRecords.$inferInsert;
export type RecordPersonRow = typeof recordPersons.$inferSelect;
export type NewRecordPersonRow = Omit<typeof recordPersons.$inferInsert, 'recordId'>;
export type RecordViewRow = typeof recordViews.$inferSelect;
export type BirthNoticeRow = typeof electronicBirthNotices.$inferSelect;

export async function insertCivilStatusRecord(db: Db, row: NewCivilStatusRecordRow, persons: readonly NewRecordPersonRow[]) {
  const [inserted] = await db.insert(civilStatusRecords).values(row).returning();
  if (persons.length > 0) await db.insert(recordPersons).values(persons.map((p) => ({ ...p, recordId: inserted!.id })));
  return inserted!;
}

/** Entries with ids of their own and their people (`record_id` set), in two statements. */
export async function insertCivilStatusRecords(db: Db, rows: readonly NewCivilStatusRecordRow[], persons: readonly (NewRecordPersonRow & { recordId: string })[]) {
  if (rows.length > 0) await db.insert(civilStatusRecords).values([...rows]);
  if (persons.length > 0) await db.insert(recordPersons).values([...persons]);
}

/**
 * Records in which the person takes part: the subject, a spouse, a parent. One index probe per way
 * an entry names a person, united: an `or` of the three made PostgreSQL scan the whole register
 * (4.7 s at 21 million births; 9 ms this way, docs/performance.md).
 */
export async function selectRecordsOfPerson(db: Db, personalId: string): Promise<CivilStatusRecordRow[]> {
  const linked = union(
    db.select({ id: recordPersons.recordId }).from(recordPersons).where(eq(recordPersons.personalId, personalId)),
    db.select({ id: civilStatusRecords.id }).from(civilStatusRecords).where(eq(civilStatusRecords.subjectPersonalId, personalId)),
    db.select({ id: civilStatusRecords.id }).from(civilStatusRecords).where(eq(civilStatusRecords.otherPartyPersonalId, personalId)),
  );
  return db
    .select()
    .from(civilStatusRecords)
    .where(inArray(civilStatusRecords.id, linked))
    .orderBy(asc(civilStatusRecords.registeredOn), asc(civilStatusRecords.createdAt));
}

export async function selectRecord(db: Db, id: string): Promise<CivilStatusRecordRow | undefined> {
  const [row] = await db.select().from(civilStatusRecords).where(eq(civilStatusRecords.id, id)).limit(1);
  return row;
}

/** Entries by id, in no particular order. */
/** The entry an application registered (none for letters and copies). */
export async function selectRecordIdOfApplication(db: Db, applicationId: string): Promise<string | null> {
  const [row] = await db.select({ id: civilStatusRecords.id }).from(civilStatusRecords).where(eq(civilStatusRecords.applicationId, applicationId)).limit(1);
  return row?.id ?? null;
}

export async function selectRecordsByIds(db: Db, ids: readonly string[]): Promise<CivilStatusRecordRow[]> {
  return ids.length === 0 ? [] : db.select().from(civilStatusRecords).where(inArray(civilStatusRecords.id, [...ids]));
}

export async function selectPersonsOfRecords(db: Db, recordIds: readonly string[]): Promise<RecordPersonRow[]> {
  if (recordIds.length === 0) return [];
  return db.select().from(recordPersons).where(inArray(recordPersons.recordId, [...recordIds]));
}

export async function setRecordPersons(db: Db, recordId: string, persons: readonly NewRecordPersonRow[]) {
  for (const p of persons) {
    await db
      .insert(recordPersons)
      .values({ ...p, recordId })
      .onConflictDoUpdate({ target: [recordPersons.recordId, recordPersons.role], set: { personalId: p.personalId ?? null, fullName: p.fullName, dateOfBirth: p.dateOfBirth ?? null, nameKey: p.nameKey } });
  }
}

export async function setRecordContent(db: Db, recordId: string, content: { label: string; value: string }[]) {
  await db.update(civilStatusRecords).set({ content }).where(eq(civilStatusRecords.id, recordId));
}

/** Where a search may look: one registry, one province, or everywhere. */
export type RecordScope = { registryCode: string } | { provinceCode: string } | { all: true };

const registriesOfProvince = (provinceCode: string) => sql`(select ${registries.code} from ${registries} where ${registries.provinceCode} = ${provinceCode})`;

function scopeWhere(scope: RecordScope): SQL | undefined {
  if ('registryCode' in scope) return eq(civilStatusRecords.registryCode, scope.registryCode);
  if ('provinceCode' in scope) return inArray(civilStatusRecords.registryCode, registriesOfProvince(scope.provinceCode));
  return undefined;
}

const SEARCH_LIMIT = 50;

/** Art. 7(1): an entry by its registry, number and date of registration. */
export async function selectRecordsByEntry(db: Db, input: { registryCode: string; entryNumber: string; registeredOn: string; eventType?: string; officialOnly: boolean }, scope: RecordScope): Promise<CivilStatusRecordRow[]> {
  return db
    .select()
    .from(civilStatusRecords)
    .where(
      and(
        eq(civilStatusRecords.registryCode, input.registryCode),
        eq(civilStatusRecords.entryNumber, input.entryNumber),
        eq(civilStatusRecords.registeredOn, input.registeredOn),
        input.eventType ? eq(civilStatusRecords.eventType, input.eventType) : undefined,
        input.officialOnly ? eq(civilStatusRecords.status, 'official') : undefined,
        scopeWhere(scope),
      ),
    )
    .limit(SEARCH_LIMIT);
}

/**
 * Art. 7(2): entries naming every one of these people in these roles, by the search key of the
 * name and, when given, the date of birth. The first person drives the index
 * (record_persons_name_idx); the others must be on the same entry.
 */
export async function selectRecordsByPersons(
  db: Db,
  input: { eventType?: string; persons: readonly { role: string; nameKey: string; dateOfBirth: string | null }[]; officialOnly: boolean },
  scope: RecordScope,
): Promise<CivilStatusRecordRow[]> {
  const [first, ...others] = input.persons;
  if (!first || !first.nameKey) return [];
  const matches = (p: (typeof input.persons)[number]) =>
    and(eq(recordPersons.role, p.role), eq(recordPersons.nameKey, p.nameKey), p.dateOfBirth ? eq(recordPersons.dateOfBirth, p.dateOfBirth) : undefined);
  // Another person typed must be the one the entry names in that role; an entry that names no one
  // in the role (a legacy entry without the parents) cannot contradict it.
  const alsoNamed = others
    .filter((p) => p.nameKey)
    .map(
      (p) =>
        sql`(exists (select 1 from ${recordPersons} where ${recordPersons.recordId} = ${civilStatusRecords.id} and ${matches(p)}) or not exists (select 1 from ${recordPersons} where ${recordPersons.recordId} = ${civilStatusRecords.id} and ${recordPersons.role} = ${p.role}))`,
    );
  return db
    .select({ record: civilStatusRecords })
    .from(recordPersons)
    .innerJoin(civilStatusRecords, eq(civilStatusRecords.id, recordPersons.recordId))
    .where(
      and(
        matches(first),
        input.eventType ? eq(civilStatusRecords.eventType, input.eventType) : undefined,
        input.officialOnly ? eq(civilStatusRecords.status, 'official') : undefined,
        scopeWhere(scope),
        ...alsoNamed,
      ),
    )
    .orderBy(asc(civilStatusRecords.registeredOn))
    .limit(SEARCH_LIMIT)
    .then((rows) => rows.map((r) => r.record));
}

export async function selectPendingLegacyEntries(db: Db, provinceCode: string): Promise<CivilStatusRecordRow[]> {
  return db
    .select()
    .from(civilStatusRecords)
    .where(and(eq(civilStatusRecords.status, 'pendingApproval'), inArray(civilStatusRecords.registryCode, registriesOfProvince(provinceCode))))
    .orderBy(asc(civilStatusRecords.registeredOn));
}

/** Approves a pending entry; false when it is not pending (already approved, or not digitised). */
export async function approveEntry(db: Db, id: string, userId: string, now: Date): Promise<boolean> {
  const rows = await db
    .update(civilStatusRecords)
    .set({ status: 'official', approvedByUserId: userId, approvedAt: now })
    .where(and(eq(civilStatusRecords.id, id), eq(civilStatusRecords.status, 'pendingApproval'), isNull(civilStatusRecords.approvedAt)))
    .returning({ id: civilStatusRecords.id });
  return rows.length === 1;
}

export async function insertRecordViews(db: Db, rows: (typeof recordViews.$inferInsert)[]) {
  if (rows.length > 0) await db.insert(recordViews).values(rows);
}

export async function selectViewsOfPerson(db: Db, personalId: string): Promise<RecordViewRow[]> {
  return db.select().from(recordViews).where(eq(recordViews.personalId, personalId)).orderBy(sql`${recordViews.at} desc`).limit(200);
}

export async function insertBirthNotice(db: Db, row: typeof electronicBirthNotices.$inferInsert) {
  await db.insert(electronicBirthNotices).values(row).onConflictDoNothing();
}

export async function selectBirthNoticesOfMother(db: Db, motherPersonalId: string): Promise<BirthNoticeRow[]> {
  return db.select().from(electronicBirthNotices).where(eq(electronicBirthNotices.motherPersonalId, motherPersonalId));
}

export type DeathNoticeRow = typeof electronicDeathNotices.$inferSelect;

export async function insertDeathNotice(db: Db, row: typeof electronicDeathNotices.$inferInsert) {
  await db.insert(electronicDeathNotices).values(row).onConflictDoNothing();
}

export async function selectDeathNoticesOf(db: Db, deceasedPersonalId: string): Promise<DeathNoticeRow[]> {
  return db.select().from(electronicDeathNotices).where(eq(electronicDeathNotices.deceasedPersonalId, deceasedPersonalId));
}

/** A person of an entry under a corrected name: the search key follows it. */
export async function renamePersonOfRecord(db: Db, recordId: string, role: string, fullName: string, nameKey: string) {
  await db.update(recordPersons).set({ fullName, nameKey }).where(and(eq(recordPersons.recordId, recordId), eq(recordPersons.role, role)));
}

/** A person of an entry under a corrected date of birth: the search by name and date follows it. */
export async function redatePersonOfRecord(db: Db, recordId: string, role: string, dateOfBirth: string) {
  await db.update(recordPersons).set({ dateOfBirth }).where(and(eq(recordPersons.recordId, recordId), eq(recordPersons.role, role)));
}

export async function setNameOnRecord(db: Db, recordId: string, nameOnRecord: string) {
  await db.update(civilStatusRecords).set({ nameOnRecord }).where(eq(civilStatusRecords.id, recordId));
}

/** An entry follows a person's reissued number: as its subject, other party and among its persons. */
export async function movePersonOfRecord(db: Db, recordId: string, from: string, to: string) {
  await db.update(civilStatusRecords).set({ subjectPersonalId: to }).where(and(eq(civilStatusRecords.id, recordId), eq(civilStatusRecords.subjectPersonalId, from)));
  await db.update(civilStatusRecords).set({ otherPartyPersonalId: to }).where(and(eq(civilStatusRecords.id, recordId), eq(civilStatusRecords.otherPartyPersonalId, from)));
  await db.update(recordPersons).set({ personalId: to }).where(and(eq(recordPersons.recordId, recordId), eq(recordPersons.personalId, from)));
}
