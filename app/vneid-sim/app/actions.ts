'use server';

import { cookies } from 'next/headers';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { systemClock } from '@/lib/calendar';
import { simulatorClient } from '@/lib/vneid-sim';
import { checkSimulatorCredentials, type SimSignInError } from '@/lib/vneid-sim/accounts';
import { APP_COOKIE, APP_SESSION_SECONDS, appSessionPerson, appSessionToken } from '@/lib/vneid-sim/app-session';
import { answerApproval } from '@/lib/vneid-sim/approvals';
import { formDataOf } from '@/lib/form-data';

export type AppSignInState = { error?: SimSignInError; personalId?: string };

const COOKIE = { httpOnly: true, sameSite: 'lax' as const, path: '/vneid-sim', maxAge: APP_SESSION_SECONDS };

/** The citizen signs in to their (simulated) VNeID app with their number and password. */
export async function appSignIn(_prev: AppSignInState, received: unknown): Promise<AppSignInState> {
  const formData = formDataOf(received);
  if (!simulatorClient()) return { error: 'notFound' };
  const personalId = String(formData.get('personalId') ?? '');
  const result = await checkSimulatorCredentials(await getDb(), personalId, String(formData.get('password') ?? ''));
  if (!result.ok) return { error: result.error, personalId };
  (await cookies()).set(APP_COOKIE, await appSessionToken(result.personalId, systemClock()), COOKIE);
  revalidatePath('/vneid-sim/app');
  return {};
}

export async function appSignOut(): Promise<void> {
  (await cookies()).delete({ name: APP_COOKIE, path: '/vneid-sim' });
  revalidatePath('/vneid-sim/app');
}

export type AnswerState = { answered?: 'approved' | 'refused'; error?: boolean };

/** The citizen approves or refuses a request in their app: only their own, only while it waits. */
export async function answerRequest(_prev: AnswerState, received: unknown): Promise<AnswerState> {
  const formData = formDataOf(received);
  const parsed = z.object({ id: z.uuid(), answer: z.enum(['approved', 'refused']) }).safeParse({ id: formData.get('id'), answer: formData.get('answer') });
  if (!simulatorClient() || !parsed.success) return { error: true };
  const now = systemClock();
  const personalId = await appSessionPerson((await cookies()).get(APP_COOKIE)?.value, now);
  if (!personalId) return { error: true };
  const ok = await answerApproval(await getDb(), { id: parsed.data.id, personalId, answer: parsed.data.answer, now });
  revalidatePath('/vneid-sim/app');
  return ok ? { answered: parsed.data.answer } : { error: true };
}
