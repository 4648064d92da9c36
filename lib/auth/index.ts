import 'server-only';
import { notFound, redirect } from 'next/navigation';
import { auth } from './auth';
import { getDb } from '@/db/client';
import { citizenOf, createGuards, officeOf, type OfficeSession } from './guards';
import { representativeIsActive } from '@/db/queries/organisations';
import { getOfficeUser } from './office-accounts';
import { can, type Permission } from './permissions';

/** An office session holds only while its account is active with the same role and registry. */
async function accountStillMatches(s: OfficeSession): Promise<boolean> {
  const user = await getOfficeUser(await getDb(), s.userId);
  return Boolean(user?.active && user.role === s.role && user.registryCode === (s.registryCode ?? null) && user.provinceCode === (s.provinceCode ?? null));
}

/** The guards bound to the Auth.js session. */
/** A representative's session holds only while the organisation and their account are active. */
async function representativeStillActive(organisationCode: string, personalId: string): Promise<boolean> {
  return representativeIsActive(await getDb(), organisationCode, personalId);
}

export const { citizen, office, citizenAction, officeAction } = createGuards(auth, accountStillMatches, representativeStillActive);

/** For applicants' pages (a citizen, or an organisation's representative): anonymous → sign-in; any other role → not found. */
export async function requireCitizenPage(returnTo: string, signIn = '/sign-in') {
  const session = await auth();
  if (!session) redirect(`${signIn}?callbackUrl=${encodeURIComponent(returnTo)}`);
  const c = citizenOf(session);
  if (!c || (c.organisationCode && !(await representativeStillActive(c.organisationCode, c.personalId)))) notFound();
  return c;
}

/** For office pages: anonymous → office sign-in; citizens and roles without the permission → not found. */
export async function requireOfficePage(permission: Permission, returnTo: string) {
  const session = await auth();
  if (!session) redirect(`/office/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  const o = officeOf(session);
  if (!o || !can(o.role, permission) || !(await accountStillMatches(o))) notFound();
  return o;
}
export type { CitizenSession, OfficeSession } from './guards';
