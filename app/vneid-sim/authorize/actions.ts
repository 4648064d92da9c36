'use server';

import { getDb } from '@/db/client';
import { checkSimulatorCredentials, SIMULATOR_PASSWORD, SIMULATOR_PERSONAS, type SimSignInError } from '@/lib/vneid-sim/accounts';
import { simulatorClient } from '@/lib/vneid-sim';
import { issueCode, parseAuthorizeRequest } from '@/lib/vneid-sim/protocol';
import { formDataOf } from '@/lib/form-data';

/**
 * On success the browser must make a full navigation to the callback (a route handler that sets
 * cookies and redirects again), not a client-side transition, so the URL is returned to the form.
 */
export type SimSignInState = { error?: SimSignInError | 'invalidRequest'; personalId?: string; redirectTo?: string };

export async function simulatorSignIn(_prev: SimSignInState, received: unknown): Promise<SimSignInState> {
  const formData = formDataOf(received);
  const client = simulatorClient();
  const request = parseAuthorizeRequest(new URLSearchParams(String(formData.get('request') ?? '')), client ?? { issuer: '', clientId: '\0', clientSecret: '' });
  if (!client || !request.ok) return { error: 'invalidRequest' };
  const personalId = String(formData.get('personalId') ?? '');
  // The one-click persona buttons stand for the demo password, and only for the listed personas.
  const isPersona = formData.get('persona') && SIMULATOR_PERSONAS.some((p) => p.personalId === personalId);
  const password = isPersona ? SIMULATOR_PASSWORD : String(formData.get('password') ?? '');
  const db = await getDb();
  const result = await checkSimulatorCredentials(db, personalId, password);
  if (!result.ok) return { error: result.error, personalId };
  return { redirectTo: await issueCode(db, client, request.value, result.personalId, new Date()) };
}
