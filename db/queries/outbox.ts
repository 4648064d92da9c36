import { and, asc, desc, eq, inArray, isNull, like, lt, lte, sql } from 'drizzle-orm';
import { applications, outbox, sentNotifications } from '../schema';
import type { Db } from '../types';

export type OutboxRow = typeof outbox.$inferSelect;
export type NewOutboxRow = typeof outbox.$inferInsert;
export type SentNotificationRow = typeof sentNotifications.$inferSelect;

/** Adds a message unless one with the same idempotency key exists; true when it was added. */
export async function insertOutbox(db: Db, row: NewOutboxRow): Promise<boolean> {
  const inserted = await db.insert(outbox).values(row).onConflictDoNothing({ target: outbox.idempotencyKey }).returning({ id: outbox.id });
  return inserted.length > 0;
}

export async function selectDueOutbox(db: Db, now: Date, options: { limit: number; maxAttempts: number }): Promise<OutboxRow[]> {
  return db
    .select()
    .from(outbox)
    .where(and(isNull(outbox.deliveredAt), lte(outbox.nextAttemptAt, now), lt(outbox.attempts, options.maxAttempts)))
    .orderBy(asc(outbox.nextAttemptAt), asc(outbox.createdAt))
    .limit(options.limit);
}

/**
 * Takes a due message for one attempt: counts the attempt and pushes its next attempt to the end
 * of the lease, so a second runner skips it and a crashed runner's message comes back later.
 */
export async function claimOutbox(db: Db, id: string, now: Date, leaseUntil: Date): Promise<OutboxRow | undefined> {
  const [row] = await db
    .update(outbox)
    .set({ attempts: sql`${outbox.attempts} + 1`, nextAttemptAt: leaseUntil })
    .where(and(eq(outbox.id, id), isNull(outbox.deliveredAt), lte(outbox.nextAttemptAt, now)))
    .returning();
  return row;
}

export async function markOutboxDelivered(db: Db, id: string, now: Date): Promise<void> {
  await db.update(outbox).set({ deliveredAt: now, lastError: null }).where(eq(outbox.id, id));
}

export async function markOutboxFailed(db: Db, id: string, error: string, nextAttemptAt: Date): Promise<void> {
  await db.update(outbox).set({ lastError: error.slice(0, 1000), nextAttemptAt }).where(eq(outbox.id, id));
}

export async function selectOutboxByKey(db: Db, idempotencyKey: string): Promise<OutboxRow | undefined> {
  const [row] = await db.select().from(outbox).where(eq(outbox.idempotencyKey, idempotencyKey)).limit(1);
  return row;
}

/** Messages whose key starts with a prefix, e.g. everything about one application (`<id>:`). */
export async function selectOutboxByKeyPrefix(db: Db, prefix: string): Promise<OutboxRow[]> {
  const escaped = prefix.replace(/[\\%_]/g, (c) => `\\${c}`);
  return db.select().from(outbox).where(like(outbox.idempotencyKey, `${escaped}%`)).orderBy(asc(outbox.createdAt), asc(outbox.topic));
}

/** Records a message as sent; the id is the outbox row's, so a redelivery changes nothing. */
export async function insertSentNotification(db: Db, row: SentNotificationRow): Promise<void> {
  await db.insert(sentNotifications).values(row).onConflictDoNothing({ target: sentNotifications.id });
}

/**
 * What was sent, newest first: all of it (the office's view), to one person, or about one
 * application. `to` and `organisationCode` narrow it to a reader's own messages.
 */
export async function selectSentNotifications(db: Db, options: { applicationId?: string; to?: string; organisationCode?: string; limit: number }): Promise<SentNotificationRow[]> {
  return db
    .select()
    .from(sentNotifications)
    .where(
      and(
        options.applicationId ? eq(sentNotifications.applicationId, options.applicationId) : undefined,
        options.to ? eq(sentNotifications.recipientPersonalId, options.to) : undefined,
        options.organisationCode
          ? inArray(sentNotifications.applicationId, db.select({ id: applications.id }).from(applications).where(eq(applications.organisationCode, options.organisationCode)))
          : undefined,
      ),
    )
    .orderBy(desc(sentNotifications.sentAt))
    .limit(options.limit);
}

/** Messages of a topic about one registry not yet acknowledged, oldest first. */
export async function selectUndeliveredOfRegistry(db: Db, topic: string, registryCode: string): Promise<OutboxRow[]> {
  return db
    .select()
    .from(outbox)
    .where(and(eq(outbox.topic, topic), isNull(outbox.deliveredAt), sql`${outbox.payload}->>'registryCode' = ${registryCode}`))
    .orderBy(asc(outbox.createdAt), asc(outbox.idempotencyKey))
    .limit(200);
}
