import { and, count, eq, gt, min, ne, sql } from 'drizzle-orm';
import { populationLookups } from '../schema';
import type { Db } from '../types';

/* The log of e-form look-ups: append-only (the table refuses UPDATE and DELETE). */

export type PopulationLookupRow = typeof populationLookups.$inferSelect;
export type NewPopulationLookupRow = typeof populationLookups.$inferInsert;

export async function insertPopulationLookup(db: Db, row: NewPopulationLookupRow): Promise<void> {
  await db.insert(populationLookups).values(row);
}

/** Look-ups a person made after a moment, and the earliest of them; refused ones (over the limit) do not count. */
export async function countPopulationLookupsSince(db: Db, actorPersonalId: string, since: Date): Promise<{ count: number; earliest: Date | null }> {
  const [row] = await db
    .select({ n: count(), earliest: min(populationLookups.at) })
    .from(populationLookups)
    .where(and(eq(populationLookups.actorPersonalId, actorPersonalId), gt(populationLookups.at, since), ne(populationLookups.outcome, 'rateLimited')));
  return { count: row?.n ?? 0, earliest: row?.earliest ?? null };
}

/**
 * Serialises one person's look-ups until the transaction ends, so two server instances cannot both
 * count 29 and both answer the 30th.
 */
export async function lockPopulationLookupsOf(db: Db, actorPersonalId: string): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`population_lookups:${actorPersonalId}`}))`);
}

export async function selectPopulationLookupsOf(db: Db, actorPersonalId: string): Promise<PopulationLookupRow[]> {
  return db.select().from(populationLookups).where(eq(populationLookups.actorPersonalId, actorPersonalId)).orderBy(populationLookups.at);
}
