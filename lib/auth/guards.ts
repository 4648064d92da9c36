import type { Session } from 'next-auth';
import type { z } from 'zod';
import { fieldErrorsOf } from '@/lib/errors';
import { can, isOfficeRole, type OfficeRole, type Permission } from './permissions';

/*
 * Guards for server actions and pages. Every server action is a public endpoint: the wrappers
 * re-read the session, parse the input with zod and check the permission table before the
 * handler runs. Ownership is the use case's job (and its query's where clause).
 * The session reader is injected so the guards can be tested without Auth.js.
 */

/**
 * Whoever files applications: a citizen for themselves, or a representative for an organisation
 * (Circular 01/2022 Art. 8(2)), whose applications are the organisation's (`organisationCode`).
 */
export type CitizenSession =
  | { role: 'citizen'; personalId: string; name: string; organisationCode: null; organisationName: null }
  | { role: 'organisation'; personalId: string; name: string; organisationCode: string; organisationName: string };
export type OfficeSession = Extract<Session['user'], { role: string }> & { userId: string; role: OfficeRole };

export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; error: 'unauthenticated' | 'forbidden' | 'invalidInput' | 'notFound' | 'conflict'; fieldErrors?: Record<string, string[]> };

type SessionReader = () => Promise<Session | null>;

export function citizenOf(session: Session | null): CitizenSession | null {
  const user = session?.user;
  if (user?.role === 'citizen' && user.personalId) return { role: 'citizen', personalId: user.personalId, name: user.name, organisationCode: null, organisationName: null };
  if (user?.role === 'organisation' && user.personalId && user.organisationCode) {
    return { role: 'organisation', personalId: user.personalId, name: user.name, organisationCode: user.organisationCode, organisationName: user.organisationName ?? '' };
  }
  return null;
}

export function officeOf(session: Session | null): OfficeSession | null {
  const user = session?.user;
  return user && isOfficeRole(user.role) && user.userId ? (user as OfficeSession) : null;
}

/**
 * `confirmOffice` re-reads the account behind an office session: a deactivated, re-assigned or
 * re-roled officer loses access at once, not when the session cookie expires. `confirmRepresentative`
 * does the same for an organisation's representative.
 */
export function createGuards(
  readSession: SessionReader,
  confirmOffice: (s: OfficeSession) => Promise<boolean> = async () => true,
  confirmRepresentative: (organisationCode: string, personalId: string) => Promise<boolean> = async () => true,
) {
  // A representative acts for the organisation only while the organisation and their account are active.
  // The `…From` forms take a session already read, so one request reads it once.
  const citizenFrom = async (session: Session | null) => {
    const s = citizenOf(session);
    return s && s.organisationCode && !(await confirmRepresentative(s.organisationCode, s.personalId)) ? null : s;
  };
  const officeFrom = async (session: Session | null) => {
    const s = officeOf(session);
    return s && (await confirmOffice(s)) ? s : null;
  };
  const citizen = async () => citizenFrom(await readSession());
  const office = async () => officeFrom(await readSession());

  /** Re-read the session, check the permission table, parse the input: then run the handler. */
  function guarded<Sess extends { role: Session['user']['role'] }>(readActor: () => Promise<Sess | null>) {
    return <S extends z.ZodType, T>(permission: Permission, schema: S, handler: (ctx: { session: Sess; input: z.output<S> }) => Promise<ActionResult<T>>) =>
      async (raw: unknown): Promise<ActionResult<T>> => {
        const session = await readActor();
        if (!session) return { ok: false, error: 'unauthenticated' };
        if (!can(session.role, permission)) return { ok: false, error: 'forbidden' };
        const parsed = schema.safeParse(raw);
        if (!parsed.success) return { ok: false, error: 'invalidInput', fieldErrors: fieldErrorsOf(parsed.error.issues) };
        return handler({ session, input: parsed.data });
      };
  }

  const citizenAction = guarded(citizen);
  const officeAction = guarded(office);

  return { citizen, office, citizenFrom, officeFrom, citizenAction, officeAction };
}
