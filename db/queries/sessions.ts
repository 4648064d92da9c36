import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import { authSessions, officeAuthenticators } from '../schema';
import type { Db } from '../types';

export async function insertSession(db: Db, row: { subject: string; role: string; createdAt: Date; expiresAt: Date }): Promise<string> {
  const [inserted] = await db.insert(authSessions).values(row).returning({ id: authSessions.id });
  return inserted!.id;
}

/** A session is live until it is revoked or reaches its absolute limit. */
export async function sessionIsLive(db: Db, id: string, now: Date): Promise<boolean> {
  const [row] = await db
    .select({ id: authSessions.id })
    .from(authSessions)
    .where(and(eq(authSessions.id, id), isNull(authSessions.revokedAt), gt(authSessions.expiresAt, now)))
    .limit(1);
  return Boolean(row);
}

export async function revokeSessionById(db: Db, id: string, now: Date, reason: string) {
  await db.update(authSessions).set({ revokedAt: now, revokedReason: reason }).where(and(eq(authSessions.id, id), isNull(authSessions.revokedAt)));
}

export async function revokeSessionsOfSubject(db: Db, subject: string, now: Date, reason: string): Promise<number> {
  const rows = await db
    .update(authSessions)
    .set({ revokedAt: now, revokedReason: reason })
    .where(and(eq(authSessions.subject, subject), isNull(authSessions.revokedAt), gt(authSessions.expiresAt, now)))
    .returning({ id: authSessions.id });
  return rows.length;
}

export async function selectAuthenticator(db: Db, userId: string) {
  const [row] = await db.select().from(officeAuthenticators).where(eq(officeAuthenticators.userId, userId)).limit(1);
  return row;
}

export async function upsertPendingSecret(db: Db, userId: string, pendingSecret: string) {
  await db
    .insert(officeAuthenticators)
    .values({ userId, pendingSecret })
    .onConflictDoUpdate({ target: officeAuthenticators.userId, set: { pendingSecret } });
}

export async function enrolAuthenticator(db: Db, userId: string, row: { secret: string; recoveryCodeHashes: string[]; lastStep: number | null; enrolledAt: Date }) {
  await db
    .insert(officeAuthenticators)
    .values({ userId, ...row, pendingSecret: null })
    .onConflictDoUpdate({ target: officeAuthenticators.userId, set: { ...row, pendingSecret: null } });
}

/** Accepts a time step once: true only if it is later than the last one accepted (atomic). */
export async function claimStep(db: Db, userId: string, step: number): Promise<boolean> {
  const rows = await db
    .update(officeAuthenticators)
    .set({ lastStep: step })
    .where(and(eq(officeAuthenticators.userId, userId), sql`coalesce(${officeAuthenticators.lastStep}, -1) < ${step}`))
    .returning({ userId: officeAuthenticators.userId });
  return rows.length === 1;
}

/** Spends a recovery code: true only for the one request that removes it. */
export async function spendRecoveryCode(db: Db, userId: string, hash: string): Promise<boolean> {
  const rows = await db
    .update(officeAuthenticators)
    .set({ recoveryCodeHashes: sql`array_remove(${officeAuthenticators.recoveryCodeHashes}, ${hash})` })
    .where(and(eq(officeAuthenticators.userId, userId), sql`${hash} = any(${officeAuthenticators.recoveryCodeHashes})`))
    .returning({ userId: officeAuthenticators.userId });
  return rows.length === 1;
}
