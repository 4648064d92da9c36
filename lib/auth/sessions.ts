import { insertSession, revokeSessionById, sessionIsLive } from '@/db/queries/sessions';
import type { Db } from '@/db/types';
import { isOfficeRole } from './permissions';

/*
 * Server-side sessions behind the Auth.js cookie. The cookie carries a session id (`sid`), checked
 * against `auth_sessions` on every request: signing out, disabling an office account or reaching
 * the absolute limit ends the session on the server, whatever the browser still holds. Office
 * staff and organisations' representatives, who see other people's data, get the AAL2 limit
 * (12 hours, NIST SP 800-63-4); citizens a day.
 */

const CITIZEN_MAX_HOURS = 24;

export function maxHoursOf(role: string, officeMaxHours: number): number {
  return isOfficeRole(role) || role === 'organisation' ? officeMaxHours : CITIZEN_MAX_HOURS;
}

export async function openSession(db: Db, input: { subject: string; role: string; now: Date; maxHours: number }): Promise<string> {
  return insertSession(db, { subject: input.subject, role: input.role, createdAt: input.now, expiresAt: new Date(input.now.getTime() + input.maxHours * 3_600_000) });
}

export async function isLive(db: Db, sid: string | undefined, now: Date): Promise<boolean> {
  return typeof sid === 'string' && /^[0-9a-f-]{36}$/.test(sid) && sessionIsLive(db, sid, now);
}

export async function endSession(db: Db, sid: string | undefined, now: Date) {
  if (typeof sid === 'string' && /^[0-9a-f-]{36}$/.test(sid)) await revokeSessionById(db, sid, now, 'signedOut');
}
