import type { JWT } from 'next-auth/jwt';
import { isOfficeRole } from './permissions';

/*
 * What the session token holds, decided in one pure function so it can be tested: citizens carry
 * their personal ID number from VNeID (the `sub` claim), office users their role and registry, and
 * every token the id of its server-side session (`sid`, lib/auth/sessions.ts) and when it started.
 * Office and organisation sessions end after `idleMinutes` without a request, and every session at
 * its absolute limit; returning null signs the user out.
 */

export type SessionLimits = { idleMinutes: number; maxHours: (role: string) => number };

export type SignInEvent =
  | { kind: 'vneid'; sub: string; name: string }
  | { kind: 'organisation'; personalId: string; name: string; organisationCode: string; organisationName: string }
  | { kind: 'office'; userId: string; name: string; role: string; registryCode: string | null; provinceCode: string | null };

/** Whose session it is, as kept in `auth_sessions.subject`. */
export function subjectOf(event: SignInEvent): { subject: string; role: string } {
  if (event.kind === 'vneid') return { subject: event.sub, role: 'citizen' };
  if (event.kind === 'organisation') return { subject: `${event.organisationCode}:${event.personalId}`, role: 'organisation' };
  return { subject: event.userId, role: event.role };
}

export function nextToken(token: JWT, event: (SignInEvent & { sid: string }) | undefined, now: number, limits: SessionLimits): JWT | null {
  if (event?.kind === 'vneid') {
    return { sub: event.sub, name: event.name, role: 'citizen', personalId: event.sub, sid: event.sid, startedAt: now, lastSeen: now };
  }
  if (event?.kind === 'organisation') {
    return { sub: `${event.organisationCode}:${event.personalId}`, name: event.name, role: 'organisation', personalId: event.personalId, organisationCode: event.organisationCode, organisationName: event.organisationName, sid: event.sid, startedAt: now, lastSeen: now };
  }
  if (event?.kind === 'office') {
    if (!isOfficeRole(event.role)) return null;
    return {
      sid: event.sid,
      startedAt: now,
      sub: event.userId,
      name: event.name,
      role: event.role,
      userId: event.userId,
      registryCode: event.registryCode,
      provinceCode: event.provinceCode,
      lastSeen: now,
    };
  }
  // A token from before server-side sessions, or forged without one, holds nothing.
  if (!token.sid || !token.startedAt || !token.role) return null;
  if (now - token.startedAt > limits.maxHours(token.role) * 3_600_000) return null;
  // Office staff and organisations' representatives see other people's data: their sessions end when idle.
  if (isOfficeRole(token.role) || token.role === 'organisation') {
    if (!token.lastSeen || now - token.lastSeen > limits.idleMinutes * 60_000) return null;
  }
  return { ...token, lastSeen: now };
}
