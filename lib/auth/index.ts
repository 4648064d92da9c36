import 'server-only';
import { notFound, redirect } from 'next/navigation';
import { cache } from 'react';
import { auth } from './auth';
import { getDb } from '@/db/client';
import { citizenOf, createGuards, officeOf, type OfficeSession } from './guards';
import { representativeIsActive } from '@/db/queries/organisations';
import { getOfficeUser } from './office-accounts';
import { fieldErrorsOf } from '@/lib/errors';
import { can, type Permission } from './permissions';
import type { Session } from 'next-auth';
import type { z } from 'zod';
import type { CitizenSession, ActionResult } from './guards';
import { assistedDraftFor } from '@/lib/assisted-filing/drafts';

/** The office account behind a session, read once per server render (the guards of the layout and the page both ask). */
const officeAccount = cache(async (userId: string) => getOfficeUser(await getDb(), userId));

/** The office account behind a checked office session, as the guard read it in this render. */
export async function officeAccountOf(s: OfficeSession) {
  return officeAccount(s.userId);
}

/** An office session holds only while its account is active with the same role and registry. */
async function accountStillMatches(s: OfficeSession): Promise<boolean> {
  const user = await officeAccount(s.userId);
  return Boolean(user?.active && user.role === s.role && user.registryCode === (s.registryCode ?? null) && user.provinceCode === (s.provinceCode ?? null));
}

/**
 * The request's Auth.js session, read once per server render: the header, the layouts and the page
 * each ask, and every read decrypts the cookie and checks the server-side session in the database
 * (docs/performance.md, P2). Outside a render (a server action, a route handler) React's `cache`
 * calls through, so an action always reads the session afresh.
 */
export const requestSession = cache(async (): Promise<Session | null> => auth());

/** A representative's session holds only while the organisation and their account are active. */
async function representativeStillActive(organisationCode: string, personalId: string): Promise<boolean> {
  return representativeIsActive(await getDb(), organisationCode, personalId);
}

/** The guards bound to the request's Auth.js session. */
export const { citizen, office, citizenFrom, officeFrom, citizenAction, officeAction } = createGuards(requestSession, accountStillMatches, representativeStillActive);

/** For applicants' pages (a citizen, or an organisation's representative): anonymous → sign-in; any other role → not found. */
export async function requireCitizenPage(returnTo: string, signIn = '/sign-in') {
  const session = await requestSession();
  if (!session) redirect(`${signIn}?callbackUrl=${encodeURIComponent(returnTo)}`);
  const c = citizenOf(session);
  if (!c || (c.organisationCode && !(await representativeStillActive(c.organisationCode, c.personalId)))) notFound();
  return c;
}

/**
 * Who files an application in this request: the citizen (or representative) themselves, or an
 * officer or community helper working on a draft they started on the citizen's behalf (issue
 * 12). The helper then acts as the applicant for that one application while it is a draft, and
 * for nothing else: not the citizen's other applications, documents or data.
 */
export type Filer = CitizenSession & { assistedBy: { helperUserId: string; filingId: string } | null };

/** The request's session, read once and handed to `filerFor` and the `…From` guards. */
export async function currentSession(): Promise<Session | null> {
  return requestSession();
}

export async function filerFor(applicationId: string, session?: Session | null): Promise<Filer | null> {
  const read = session === undefined ? await requestSession() : session;
  const c = await citizenFrom(read);
  if (c) return { ...c, assistedBy: null };
  const o = await officeFrom(read);
  if (!o || !can(o.role, 'application.assist')) return null;
  const draft = await assistedDraftFor(await getDb(), { applicationId, helperUserId: o.userId });
  if (!draft) return null;
  return { role: 'citizen', personalId: draft.citizenPersonalId, name: '', organisationCode: null, organisationName: null, assistedBy: { helperUserId: o.userId, filingId: draft.filing.id } };
}

/** A form page of one application: anonymous → sign-in; neither its applicant nor its helper → not found. */
export async function requireFilerPage(returnTo: string, applicationId: string): Promise<Filer> {
  const session = await requestSession();
  if (!session) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  const filer = await filerFor(applicationId, session);
  if (!filer) notFound();
  return filer;
}

/** A server action on one application's draft, by its applicant or its helper (see `Filer`). */
export function filerAction<S extends z.ZodType, T>(schema: S, applicationIdOf: (input: z.output<S>) => string, handler: (ctx: { session: Filer; input: z.output<S> }) => Promise<ActionResult<T>>) {
  return async (raw: unknown): Promise<ActionResult<T>> => {
    const session = await requestSession();
    if (!session) return { ok: false, error: 'unauthenticated' };
    const parsed = schema.safeParse(raw);
    if (!parsed.success) return { ok: false, error: 'invalidInput', fieldErrors: fieldErrorsOf(parsed.error.issues) };
    const filer = await filerFor(applicationIdOf(parsed.data), session);
    if (!filer || !can(filer.role, 'application.own.manage')) return { ok: false, error: 'notFound' };
    return handler({ session: filer, input: parsed.data });
  };
}

/** For office pages: anonymous → office sign-in; citizens and roles without the permission → not found. */
export async function requireOfficePage(permission: Permission, returnTo: string) {
  const session = await requestSession();
  if (!session) redirect(`/office/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  const o = officeOf(session);
  if (!o || !can(o.role, permission) || !(await accountStillMatches(o))) notFound();
  return o;
}
export type { CitizenSession, OfficeSession } from './guards';
