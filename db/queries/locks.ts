import { sql } from 'drizzle-orm';
import type { Db } from '../types';

/**
 * Takes transaction-scoped advisory locks on `keys`, in sorted order so two transactions asking for
 * overlapping sets cannot deadlock. Held until the transaction ends; a no-op outside one would be a
 * bug, so call it with the transaction handle.
 */
export async function lockKeys(tx: Db, keys: readonly string[]): Promise<void> {
  for (const key of [...new Set(keys)].sort()) await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${key}, 0))`);
}
