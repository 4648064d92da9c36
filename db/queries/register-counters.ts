import { and, eq, sql } from 'drizzle-orm';
import { registerCounters } from '../schema';
import type { Db } from '../types';

export type RegisterBook = { registryCode: string; year: number; eventType: string };

/** The next entry number in a register book (atomic upsert: concurrent registrations never share a number). */
export async function nextEntryNumber(db: Db, book: RegisterBook): Promise<number> {
  const [row] = await db
    .insert(registerCounters)
    .values({ ...book, last: 1 })
    .onConflictDoUpdate({
      target: [registerCounters.registryCode, registerCounters.year, registerCounters.eventType],
      set: { last: sql`${registerCounters.last} + 1` },
    })
    .returning({ last: registerCounters.last });
  return row!.last;
}

/** The last entry number used in a book, 0 when the book is still empty. */
export async function lastEntryNumber(db: Db, book: RegisterBook): Promise<number> {
  const [row] = await db
    .select({ last: registerCounters.last })
    .from(registerCounters)
    .where(and(eq(registerCounters.registryCode, book.registryCode), eq(registerCounters.year, book.year), eq(registerCounters.eventType, book.eventType)));
  return row?.last ?? 0;
}
