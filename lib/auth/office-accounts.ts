import { insertOfficeUser, selectOfficeUserById, selectOfficeUserByUsername, selectOfficeUserRowById, updateOfficeUserActive, type OfficeUserRow } from '@/db/queries/office-users';
import { revokeSessionsOfSubject } from '@/db/queries/sessions';
import type { Db } from '@/db/types';
import { dummyPasswordHash, hashPassword, verifyPassword } from './passwords';
import type { OfficeRole } from './permissions';
import { checkThrottle, recordSignInFailure, recordSignInSuccess } from './throttle';
import { beginEnrolment, confirmEnrolment, readEnrolmentTicket, verifySecondFactor, type Enrolment } from './totp';

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

export function getOfficeUserByUsername(db: Db, username: string) {
  return selectOfficeUserByUsername(db, username.trim().toLowerCase());
}

export function getOfficeUser(db: Db, id: string) {
  return selectOfficeUserById(db, id);
}

export type OfficeAccount = { id: string; username: string; fullName: string; role: OfficeRole; registryCode: string | null; provinceCode: string | null };

export type OfficeSignInResult =
  | { ok: true; user: OfficeAccount }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'throttled'; retryAfterSeconds: number }
  /** The password is right and the account has no second factor yet: enrol it now. */
  | { ok: false; reason: 'enrolmentRequired'; user: OfficeAccount };

const accountOf = (user: OfficeUserRow): OfficeAccount => ({ id: user.id, username: user.username, fullName: user.fullName, role: user.role, registryCode: user.registryCode, provinceCode: user.provinceCode });

/**
 * Checks a username, password and second factor (TOTP or a recovery code). Unknown users, wrong
 * passwords, wrong codes and disabled accounts all give the same 'invalid' answer; failures are
 * slowed down per account and client, per client and per account (lib/auth/throttle.ts).
 */
export async function authenticateOfficeUser(
  db: Db,
  input: { username: string; password: string; code: string; client: string },
  now: Date,
): Promise<OfficeSignInResult> {
  const username = input.username.trim().toLowerCase();
  const throttle = await checkThrottle(db, 'office', username, input.client, now);
  if (!throttle.ok) return { ok: false, reason: 'throttled', retryAfterSeconds: throttle.retryAfterSeconds };
  const user = await selectOfficeUserByUsername(db, username);
  const passwordOk = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), input.password);
  if (!user || !user.active || !passwordOk) {
    await recordSignInFailure(db, 'office', username, input.client, now);
    return { ok: false, reason: 'invalid' };
  }
  const secondFactor = await verifySecondFactor(db, user.id, input.code, now);
  if (secondFactor === 'notEnrolled') return { ok: false, reason: 'enrolmentRequired', user: accountOf(user) };
  if (secondFactor === 'refused') {
    await recordSignInFailure(db, 'office', username, input.client, now);
    return { ok: false, reason: 'invalid' };
  }
  await recordSignInSuccess(db, 'office', username, input.client);
  return { ok: true, user: accountOf(user) };
}

/**
 * The start of enrolment, for an account that has no second factor yet: the password is checked
 * again (this is a separate request), then a new secret and recovery codes are offered.
 */
export async function beginOfficeEnrolment(db: Db, input: { username: string; password: string; client: string }, ticketSecret: string, now: Date): Promise<Enrolment | null> {
  const result = await authenticateOfficeUser(db, { ...input, code: '' }, now);
  return result.ok || result.reason !== 'enrolmentRequired' ? null : beginEnrolment(db, result.user, ticketSecret, now);
}

/** The end of enrolment: the ticket from the password step and a first code from the new secret. */
export async function completeOfficeEnrolment(db: Db, input: { ticket: string; code: string; client: string }, ticketSecret: string, now: Date): Promise<OfficeSignInResult> {
  const userId = readEnrolmentTicket(ticketSecret, input.ticket, now);
  const row = userId ? await selectOfficeUserRowById(db, userId) : undefined;
  if (!row || !row.active) return { ok: false, reason: 'invalid' };
  const throttle = await checkThrottle(db, 'office', row.username, input.client, now);
  if (!throttle.ok) return { ok: false, reason: 'throttled', retryAfterSeconds: throttle.retryAfterSeconds };
  if (!(await confirmEnrolment(db, row.id, input.code, now))) {
    await recordSignInFailure(db, 'office', row.username, input.client, now);
    return { ok: false, reason: 'invalid' };
  }
  await recordSignInSuccess(db, 'office', row.username, input.client);
  return { ok: true, user: accountOf(row) };
}

/** Disabling an account ends its sessions at once; enabling it again does not revive them. */
export async function setOfficeAccountActive(db: Db, userId: string, active: boolean, now: Date) {
  await updateOfficeUserActive(db, userId, active);
  if (!active) await revokeSessionsOfSubject(db, userId, now, 'accountDisabled');
}
