import { eq, sql } from 'drizzle-orm';
import { loginThrottle, officeUsers, registries } from '../schema';
import type { Db } from '../types';

export type OfficeUserRow = typeof officeUsers.$inferSelect;

export async function selectOfficeUserByUsername(db: Db, username: string): Promise<OfficeUserRow | undefined> {
  const [row] = await db.select().from(officeUsers).where(eq(officeUsers.username, username)).limit(1);
  return row;
}

export async function selectOfficeUserRowById(db: Db, id: string): Promise<OfficeUserRow | undefined> {
  const [row] = await db.select().from(officeUsers).where(eq(officeUsers.id, id)).limit(1);
  return row;
}

export async function updateOfficeUserActive(db: Db, id: string, active: boolean) {
  await db.update(officeUsers).set({ active }).where(eq(officeUsers.id, id));
}

export async function selectOfficeUserById(db: Db, id: string) {
  const [row] = await db
    .select({
      id: officeUsers.id,
      username: officeUsers.username,
      fullName: officeUsers.fullName,
      title: officeUsers.title,
      role: officeUsers.role,
      registryCode: officeUsers.registryCode,
      registryName: registries.name,
      provinceCode: officeUsers.provinceCode,
      active: officeUsers.active,
    })
    .from(officeUsers)
    .leftJoin(registries, eq(registries.code, officeUsers.registryCode))
    .where(eq(officeUsers.id, id))
    .limit(1);
  return row;
}

export async function insertOfficeUser(db: Db, row: typeof officeUsers.$inferInsert) {
  await db.insert(officeUsers).values(row).onConflictDoNothing({ target: officeUsers.username });
}

export async function selectThrottle(db: Db, key: string) {
  const [row] = await db.select().from(loginThrottle).where(eq(loginThrottle.key, key)).limit(1);
  return row;
}

/** Counts a failure under `key`; with `windowMs`, a count whose last failure is older starts again. */
export async function recordFailure(db: Db, key: string, now: Date, blockFor: (failures: number) => number, windowMs?: number) {
  const since = windowMs ? new Date(now.getTime() - windowMs) : null;
  const [row] = await db
    .insert(loginThrottle)
    .values({ key, failures: 1, lastFailureAt: now })
    .onConflictDoUpdate({
      target: loginThrottle.key,
      set: { failures: since ? sql`case when ${loginThrottle.lastFailureAt} < ${since.toISOString()}::timestamptz then 1 else ${loginThrottle.failures} + 1 end` : sql`${loginThrottle.failures} + 1`, lastFailureAt: now },
    })
    .returning();
  const ms = blockFor(row!.failures);
  if (ms > 0) await db.update(loginThrottle).set({ blockedUntil: new Date(now.getTime() + ms) }).where(eq(loginThrottle.key, key));
  return row!.failures;
}

export async function clearThrottle(db: Db, key: string) {
  await db.delete(loginThrottle).where(eq(loginThrottle.key, key));
}
