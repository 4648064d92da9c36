'use server';

import { AuthError } from 'next-auth';
import { headers } from 'next/headers';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { signIn, signOut } from '@/lib/auth/auth';
import { beginOfficeEnrolment } from '@/lib/auth/office-accounts';
import { clientOf } from '@/lib/auth/throttle';
import { env } from '@/lib/env';
import { formDataOf } from '@/lib/form-data';

/** Only same-site paths are followed after sign-in, never another origin. */
function safeReturnPath(value: FormDataEntryValue | null, fallback: string): string {
  const s = typeof value === 'string' ? value : '';
  return s.startsWith('/') && !s.startsWith('//') && !s.startsWith('/\\') ? s : fallback;
}

export async function signInWithVneid(received: unknown) {
  const formData = formDataOf(received);
  await signIn('vneid', { redirectTo: safeReturnPath(formData.get('callbackUrl'), '/me') });
}

export type OfficeSignInState = {
  error?: 'invalid' | 'throttled' | 'required';
  username?: string;
  /** The first sign-in of an office account: the second factor to set up (shown once). */
  enrolment?: { ticket: string; secret: string; qrDataUrl: string; recoveryCodes: string[] };
};

const credentialsForm = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(200),
  code: z.string().trim().max(16).default(''),
});

function authErrorCode(err: unknown): string | null {
  // signIn throws NEXT_REDIRECT on success: only Auth.js errors are ours to handle.
  return err instanceof AuthError ? ((err as AuthError & { code?: string }).code ?? 'invalid') : null;
}

/** A username and password (and for the office, a second factor) checked by a Credentials provider; the errors stay generic. */
async function signInWithCredentials(provider: 'office' | 'organisation', fallback: string, formData: FormData): Promise<OfficeSignInState> {
  const redirectTo = safeReturnPath(formData.get('callbackUrl'), fallback);
  const ticket = formData.get('ticket');
  if (provider === 'office' && typeof ticket === 'string' && ticket) {
    // Enrolment's second step: the first code from the new secret.
    try {
      await signIn(provider, { ticket, code: String(formData.get('code') ?? '').slice(0, 16), redirectTo });
      return {};
    } catch (err) {
      const code = authErrorCode(err);
      if (code === null) throw err;
      return { error: code === 'throttled' ? 'throttled' : 'invalid' };
    }
  }
  const parsed = credentialsForm.safeParse({ username: formData.get('username'), password: formData.get('password'), code: formData.get('code') ?? '' });
  const username = String(formData.get('username') ?? '').slice(0, 64);
  if (!parsed.success) return { error: 'required', username };
  try {
    await signIn(provider, { ...parsed.data, redirectTo });
    return {};
  } catch (err) {
    const code = authErrorCode(err);
    if (code === null) throw err;
    if (code === 'enrolmentRequired') {
      const client = clientOf(new Headers(await headers()), env.trustedProxyHops);
      const enrolment = await beginOfficeEnrolment(await getDb(), { ...parsed.data, client }, env.authSecret, new Date());
      if (enrolment) return { username, enrolment: { ticket: enrolment.ticket, secret: enrolment.secret, qrDataUrl: enrolment.qrDataUrl, recoveryCodes: enrolment.recoveryCodes } };
    }
    return { error: code === 'throttled' ? 'throttled' : 'invalid', username };
  }
}

export async function signInToOffice(_prev: OfficeSignInState, received: unknown): Promise<OfficeSignInState> {
  const formData = formDataOf(received);
  return signInWithCredentials('office', '/office', formData);
}

/** An organisation's representative, through the identity provider for organisations (Circular 01/2022 Art. 8(2)). */
export async function signInAsOrganisation(_prev: OfficeSignInState, received: unknown): Promise<OfficeSignInState> {
  const formData = formDataOf(received);
  return signInWithCredentials('organisation', '/apply/organisationConfirmation', formData);
}

export async function signOutAction(received: unknown) {
  const formData = formDataOf(received);
  await signOut({ redirectTo: safeReturnPath(formData.get('returnTo'), '/sign-in?signedOut=1') });
}
