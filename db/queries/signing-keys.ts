import { desc, eq } from 'drizzle-orm';
import { signingKeys } from '../schema';
import type { Db } from '../types';

export async function selectLatestKey(db: Db, purpose: string) {
  const [row] = await db.select().from(signingKeys).where(eq(signingKeys.purpose, purpose)).orderBy(desc(signingKeys.createdAt)).limit(1);
  return row;
}

export async function selectKeys(db: Db, purpose: string) {
  return db.select().from(signingKeys).where(eq(signingKeys.purpose, purpose));
}

/** Inserts unless another process won the race; the caller then re-reads the latest key. */
export async function insertKey(db: Db, row: typeof signingKeys.$inferInsert) {
  await db.insert(signingKeys).values(row).onConflictDoNothing();
}
