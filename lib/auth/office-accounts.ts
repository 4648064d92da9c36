import {
  clearThrottle,
  insertOfficeUser,
  recordFailure,
  selectOfficeUserById,
  selectOfficeUserByUsername,
  selectThrottle,
} from '@/db/queries/office-users';
import type { Db } from '@/db/types';
import { dummyPasswordHash, hashPassword, verifyPassword } from './passwords';
import type { OfficeRole } from './permissions';

export type NewOfficeUser = {
  username: string;
  fullName: string;
  title: string;
  role: OfficeRole;
  registryCode: string | null;
  provinceCode: string | null;
  password: string;
};

export async function createOfficeUser(db: Db, user: NewOfficeUser) {
  const { password, ...rest } = user;
  await insertOfficeUser(db, {
    ...rest,
    username: rest.username.toLowerCase(),
    fullName: rest.fullName.normalize('NFC'),
    title: rest.title.normalize('NFC'),
    passwordHash: await hashPassword(password),
  });
}

export async function officeUserExists(db: Db, username: string) {
  return Boolean(await selectOfficeUserByUsername(db, username.toLowerCase()));
}

export function getOfficeUser(db: Db, id: string) {
  return selectOfficeUserById(db, id);
}

/** Failures allowed before each further attempt has to wait; the wait doubles up to 15 minutes. */
export const FREE_FAILURES = 5;
export function blockDuration(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  return Math.min(30_000 * 2 ** (failures - FREE_FAILURES), 15 * 60_000);
}

export type OfficeSignInResult =
  | { ok: true; user: { id: string; username: string; fullName: string; role: OfficeRole; registryCode: string | null; provinceCode: string | null } }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'throttled'; retryAfterSeconds: number };

/**
 * Checks a username and password. Unknown users, wrong passwords and disabled accounts all give
 * the same 'invalid' answer; repeated failures for a username are slowed down.
 */
export async function authenticateOfficeUser(db: Db, username: string, password: string, now: Date): Promise<OfficeSignInResult> {
  const key = `office:${username.trim().toLowerCase()}`;
  const throttle = await selectThrottle(db, key);
  if (throttle?.blockedUntil && throttle.blockedUntil > now) {
    return { ok: false, reason: 'throttled', retryAfterSeconds: Math.ceil((throttle.blockedUntil.getTime() - now.getTime()) / 1000) };
  }
  const user = await selectOfficeUserByUsername(db, username.trim().toLowerCase());
  const passwordOk = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
  if (!user || !user.active || !passwordOk) {
    await recordFailure(db, key, now, blockDuration);
    return { ok: false, reason: 'invalid' };
  }
  await clearThrottle(db, key);
  return {
    ok: true,
    user: { id: user.id, username: user.username, fullName: user.fullName, role: user.role, registryCode: user.registryCode, provinceCode: user.provinceCode },
  };
}
