import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';
import { claimStep, enrolAuthenticator, selectAuthenticator, spendRecoveryCode, upsertPendingSecret } from '@/db/queries/sessions';
import type { Db } from '@/db/types';

/*
 * The office's second factor (NIST SP 800-63-4 AAL2): a time-based one-time password (RFC 6238:
 * SHA-1, 6 digits, 30 s, one step of drift either way), computed by `otpauth`. A code is accepted
 * once: a step at or before the last accepted one is refused (RFC 6238 §5.2). Ten single-use
 * recovery codes stand in when the phone is lost. Enrolment happens at the first sign-in, after the
 * password: the officer scans a QR code, keeps the recovery codes and types a first code.
 */

export const ISSUER = 'Hộ tịch trực tuyến';
const PERIOD = 30;
const RECOVERY_CODES = 10;

function totp(secretBase32: string, label = 'office') {
  return new TOTP({ issuer: ISSUER, label, algorithm: 'SHA1', digits: 6, period: PERIOD, secret: Secret.fromBase32(secretBase32) });
}

export const stepAt = (now: Date) => Math.floor(now.getTime() / 1000 / PERIOD);

/** The time step a code belongs to, within one step of `now`, or null. */
export function stepOfCode(secretBase32: string, code: string, now: Date): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const delta = totp(secretBase32).validate({ token: code, timestamp: now.getTime(), window: 1 });
  return delta === null ? null : stepAt(now) + delta;
}

/** The code of a secret at a time (the demo's helper script and tests). */
export function codeAt(secretBase32: string, at: Date): string {
  return totp(secretBase32).generate({ timestamp: at.getTime() });
}

const hashRecovery = (code: string) => createHash('sha256').update(code.replace(/[\s-]/g, '').toUpperCase()).digest('hex');

export type SecondFactor = 'accepted' | 'refused' | 'notEnrolled';

/** Checks a TOTP code or a recovery code for an enrolled account; each is accepted once. */
export async function verifySecondFactor(db: Db, userId: string, code: string, now: Date): Promise<SecondFactor> {
  const row = await selectAuthenticator(db, userId);
  if (!row?.secret) return 'notEnrolled';
  const typed = code.replace(/\s/g, '');
  const step = stepOfCode(row.secret, typed, now);
  if (step !== null) return (await claimStep(db, userId, step)) ? 'accepted' : 'refused';
  if (/^[0-9A-Za-z]{5}-?[0-9A-Za-z]{5}$/.test(typed) && (await spendRecoveryCode(db, userId, hashRecovery(typed)))) return 'accepted';
  return 'refused';
}

export async function isEnrolled(db: Db, userId: string): Promise<boolean> {
  return Boolean((await selectAuthenticator(db, userId))?.secret);
}

function recoveryCodes(): string[] {
  const alphabet = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
  return Array.from({ length: RECOVERY_CODES }, () => {
    const bytes = randomBytes(10);
    const chars = [...bytes].map((b) => alphabet[b % alphabet.length]).join('');
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}

/*
 * Between the password and the first code, the browser holds an enrolment ticket: the account and
 * an expiry, signed with the installation's secret, so the password need not travel twice.
 */
const TICKET_MINUTES = 10;

function mac(secret: string, body: string) {
  return createHmac('sha256', secret).update(`office-enrolment:${body}`).digest('base64url');
}

export function enrolmentTicket(secret: string, userId: string, now: Date): string {
  const body = `${userId}.${now.getTime() + TICKET_MINUTES * 60_000}`;
  return `${body}.${mac(secret, body)}`;
}

export function readEnrolmentTicket(secret: string, ticket: string, now: Date): string | null {
  const [userId, expires, signature] = ticket.split('.');
  if (!userId || !expires || !signature) return null;
  const expected = Buffer.from(mac(secret, `${userId}.${expires}`));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  return Number(expires) > now.getTime() ? userId : null;
}

export type Enrolment = { ticket: string; secret: string; uri: string; qrDataUrl: string; recoveryCodes: string[] };

/** Starts (or restarts) enrolment for an account whose password was just checked. */
export async function beginEnrolment(db: Db, account: { id: string; username: string }, ticketSecret: string, now: Date): Promise<Enrolment> {
  const secret = new Secret({ size: 20 }).base32;
  const codes = recoveryCodes();
  await upsertPendingSecret(db, account.id, JSON.stringify({ secret, recovery: codes.map(hashRecovery) }));
  const uri = totp(secret, account.username).toString();
  return { ticket: enrolmentTicket(ticketSecret, account.id, now), secret, uri, qrDataUrl: await QRCode.toDataURL(uri, { margin: 1, width: 220 }), recoveryCodes: codes };
}

/** Completes enrolment when the code matches the secret offered: the second factor is then required. */
export async function confirmEnrolment(db: Db, userId: string, code: string, now: Date): Promise<boolean> {
  const row = await selectAuthenticator(db, userId);
  if (!row?.pendingSecret) return false;
  const pending = JSON.parse(row.pendingSecret) as { secret: string; recovery: string[] };
  const step = stepOfCode(pending.secret, code.replace(/\s/g, ''), now);
  if (step === null) return false;
  await enrolAuthenticator(db, userId, { secret: pending.secret, recoveryCodeHashes: pending.recovery, lastStep: step, enrolledAt: now });
  return true;
}

/** Demo accounts come enrolled with a secret documented in the README, so demos and tests can sign in. */
export async function enrolWithSecret(db: Db, userId: string, secret: string, now: Date) {
  await enrolAuthenticator(db, userId, { secret, recoveryCodeHashes: [], lastStep: null, enrolledAt: now });
}
