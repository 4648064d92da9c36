import { clearThrottle, recordFailure, selectThrottle } from '@/db/queries/office-users';
import type { Db } from '@/db/types';

/*
 * Slowing down password guessing without letting a stranger lock a real user out (NIST SP
 * 800-63B §5.2.2). Failures are counted under three keys:
 *  - the account from this client: after 5, each try waits, doubling from 30 s up to 15 minutes.
 *    Someone guessing from elsewhere does not slow the officer at their own desk;
 *  - this client across all accounts: password spraying (one password, many usernames) is slowed
 *    after 20 failures within an hour;
 *  - the account from anywhere: the hard cap of 100 consecutive failures, beyond which every try
 *    waits 15 minutes, whatever the client.
 * A success clears the account's counters, not the client's.
 */

export type SignInScope = 'office' | 'organisation';
export type ThrottleCheck = { ok: true } | { ok: false; retryAfterSeconds: number };

type Limit = { free: number; firstWaitMs: number; maxWaitMs: number };
export const LIMITS = {
  accountAndClient: { free: 5, firstWaitMs: 30_000, maxWaitMs: 15 * 60_000 },
  client: { free: 20, firstWaitMs: 60_000, maxWaitMs: 15 * 60_000 },
  account: { free: 100, firstWaitMs: 15 * 60_000, maxWaitMs: 15 * 60_000 },
} satisfies Record<string, Limit>;

/** A client's counter forgets failures older than this. */
const CLIENT_WINDOW_MS = 60 * 60_000;

export function waitAfter(limit: Limit, failures: number): number {
  if (failures < limit.free) return 0;
  return Math.min(limit.firstWaitMs * 2 ** (failures - limit.free), limit.maxWaitMs);
}

function keys(scope: SignInScope, account: string, client: string) {
  const a = account.trim().toLowerCase();
  return {
    accountAndClient: `${scope}:${a}|${client}`.slice(0, 128),
    client: `client:${client}`.slice(0, 128),
    account: `${scope}:${a}`.slice(0, 128),
  };
}

export async function checkThrottle(db: Db, scope: SignInScope, account: string, client: string, now: Date): Promise<ThrottleCheck> {
  const k = keys(scope, account, client);
  let until = 0;
  for (const key of [k.accountAndClient, k.client, k.account]) {
    const row = await selectThrottle(db, key);
    if (row?.blockedUntil && row.blockedUntil > now) until = Math.max(until, row.blockedUntil.getTime());
  }
  return until ? { ok: false, retryAfterSeconds: Math.ceil((until - now.getTime()) / 1000) } : { ok: true };
}

export async function recordSignInFailure(db: Db, scope: SignInScope, account: string, client: string, now: Date) {
  const k = keys(scope, account, client);
  await recordFailure(db, k.accountAndClient, now, (n) => waitAfter(LIMITS.accountAndClient, n));
  await recordFailure(db, k.client, now, (n) => waitAfter(LIMITS.client, n), CLIENT_WINDOW_MS);
  await recordFailure(db, k.account, now, (n) => waitAfter(LIMITS.account, n));
}

export async function recordSignInSuccess(db: Db, scope: SignInScope, account: string, client: string) {
  const k = keys(scope, account, client);
  await clearThrottle(db, k.accountAndClient);
  await clearThrottle(db, k.account);
}

/**
 * Who is signing in, as far as the server can tell: the address the nearest trusted proxy saw
 * (TRUSTED_PROXY_HOPS entries from the right of X-Forwarded-For; Next.js itself fills the header
 * with the socket's address when no proxy did).
 */
export function clientOf(headers: Headers, trustedHops: number): string {
  const forwarded = (headers.get('x-forwarded-for') ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  const address = forwarded[Math.max(0, forwarded.length - Math.max(1, trustedHops))] ?? 'unknown';
  return address.replace(/^::ffff:/, '');
}
