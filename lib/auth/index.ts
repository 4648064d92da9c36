import 'server-only';
import { notFound, redirect } from 'next/navigation';
import { auth } from './auth';
import { citizenOf, createGuards, officeOf } from './guards';
import { can, type Permission } from './permissions';

/** The guards bound to the Auth.js session. */
export const { citizen, office, citizenAction, officeAction } = createGuards(auth);

/** For citizen pages: anonymous → sign-in; any other role → not found. */
export async function requireCitizenPage(returnTo: string) {
  const session = await auth();
  if (!session) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  const c = citizenOf(session);
  if (!c) notFound();
  return c;
}

/** For office pages: anonymous → office sign-in; citizens and roles without the permission → not found. */
export async function requireOfficePage(permission: Permission, returnTo: string) {
  const session = await auth();
  if (!session) redirect(`/office/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  const o = officeOf(session);
  if (!o || !can(o.role, permission)) notFound();
  return o;
}
export type { CitizenSession, OfficeSession } from './guards';
