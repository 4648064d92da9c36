'use server';

import { randomBytes } from 'node:crypto';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { env } from '@/lib/env';
import { signedReturnQuery } from '@/lib/payments/gateway';

/** Where the simulator may send the payer back: the portal's own return address, nothing else. */
export const RETURN_PATH = '/api/payments/return';

const input = z.object({
  paymentId: z.uuid(),
  amountVnd: z.coerce.number().int().positive(),
  returnUrl: z.string().refine((u) => u === `${env.appUrl}${RETURN_PATH}`),
  result: z.enum(['paid', 'cancelled', 'failed']),
});

/**
 * The simulated gateway answers: it signs the result with the secret it shares with the portal
 * and sends the payer back, as a real gateway's return URL would.
 */
export async function simulatePayment(formData: FormData) {
  if (!env.payments.simulatorEnabled) redirect('/');
  const parsed = input.safeParse(Object.fromEntries(formData.entries()));
  if (!parsed.success) redirect('/');
  const { paymentId, amountVnd, returnUrl, result } = parsed.data;
  const query = signedReturnQuery(env.payments.secret, { paymentId, amountVnd, result, transactionId: `SIM-${randomBytes(6).toString('hex').toUpperCase()}`, at: new Date().toISOString() });
  redirect(`${returnUrl}?${query.toString()}`);
}
