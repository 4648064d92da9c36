import type { JWT } from 'next-auth/jwt';
import { isOfficeRole } from './permissions';

/*
 * What the session token holds, decided in one pure function so it can be tested: citizens carry
 * their personal ID number from VNeID (the `sub` claim), office users their role and registry.
 * Office sessions end after `idleMinutes` without a request; returning null signs the user out.
 */

export type SignInEvent =
  | { kind: 'vneid'; sub: string; name: string }
  | { kind: 'organisation'; personalId: string; name: string; organisationCode: string; organisationName: string }
  | { kind: 'office'; userId: string; name: string; role: string; registryCode: string | null; provinceCode: string | null };

export function nextToken(token: JWT, event: SignInEvent | undefined, now: number, idleMinutes: number): JWT | null {
  if (event?.kind === 'vneid') {
    return { sub: event.sub, name: event.name, role: 'citizen', personalId: event.sub, lastSeen: now };
  }
  if (event?.kind === 'organisation') {
    return { sub: `${event.organisationCode}:${event.personalId}`, name: event.name, role: 'organisation', personalId: event.personalId, organisationCode: event.organisationCode, organisationName: event.organisationName, lastSeen: now };
  }
  if (event?.kind === 'office') {
    if (!isOfficeRole(event.role)) return null;
    return {
      sub: event.userId,
      name: event.name,
      role: event.role,
      userId: event.userId,
      registryCode: event.registryCode,
      provinceCode: event.provinceCode,
      lastSeen: now,
    };
  }
  // Office staff and organisations' representatives see other people's data: their sessions end when idle.
  if (isOfficeRole(token.role) || token.role === 'organisation') {
    if (!token.lastSeen || now - token.lastSeen > idleMinutes * 60_000) return null;
  }
  return { ...token, lastSeen: now };
}
