'use server';

import { AuthError } from 'next-auth';
import { z } from 'zod';
import { signIn, signOut } from '@/lib/auth/auth';

/** Only same-site paths are followed after sign-in, never another origin. */
function safeReturnPath(value: FormDataEntryValue | null, fallback: string): string {
  const s = typeof value === 'string' ? value : '';
  return s.startsWith('/') && !s.startsWith('//') && !s.startsWith('/\\') ? s : fallback;
}

export async function signInWithVneid(formData: FormData) {
  await signIn('vneid', { redirectTo: safeReturnPath(formData.get('callbackUrl'), '/me') });
}

export type OfficeSignInState = { error?: 'invalid' | 'throttled' | 'required'; username?: string };

const officeForm = z.object({ username: z.string().trim().min(1).max(64), password: z.string().min(1).max(200) });

/** A username and password checked by a Credentials provider; the errors stay generic. */
async function signInWithCredentials(provider: 'office' | 'organisation', fallback: string, formData: FormData): Promise<OfficeSignInState> {
  const parsed = officeForm.safeParse({ username: formData.get('username'), password: formData.get('password') });
  const username = String(formData.get('username') ?? '');
  if (!parsed.success) return { error: 'required', username };
  try {
    await signIn(provider, { ...parsed.data, redirectTo: safeReturnPath(formData.get('callbackUrl'), fallback) });
    return {};
  } catch (err) {
    // signIn throws NEXT_REDIRECT on success: only Auth.js errors are ours to handle.
    if (err instanceof AuthError) {
      const code = (err as AuthError & { code?: string }).code;
      return { error: code === 'throttled' ? 'throttled' : 'invalid', username };
    }
    throw err;
  }
}

export async function signInToOffice(_prev: OfficeSignInState, formData: FormData): Promise<OfficeSignInState> {
  return signInWithCredentials('office', '/office', formData);
}

/** An organisation's representative, through the identity provider for organisations (Circular 01/2022 Art. 8(2)). */
export async function signInAsOrganisation(_prev: OfficeSignInState, formData: FormData): Promise<OfficeSignInState> {
  return signInWithCredentials('organisation', '/apply/organisationConfirmation', formData);
}

export async function signOutAction(formData: FormData) {
  await signOut({ redirectTo: safeReturnPath(formData.get('returnTo'), '/sign-in?signedOut=1') });
}
