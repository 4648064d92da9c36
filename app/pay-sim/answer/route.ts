import { randomBytes } from 'node:crypto';
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { env } from '@/lib/env';
import { PAYMENT_RETURN_PATH, signedReturnQuery } from '@/lib/payments/gateway';

const input = z.object({
  paymentId: z.uuid(),
  amountVnd: z.coerce.number().int().positive(),
  returnUrl: z.string().refine((u) => u === `${env.appUrl}${PAYMENT_RETURN_PATH}`),
  result: z.enum(['paid', 'cancelled', 'failed']),
});

/**
 * The simulated gateway answers (demo mode only): it signs the result with the secret it shares
 * with the portal and sends the payer back with a plain 303, as a real gateway's return URL would.
 * Only the portal's own return address is accepted, so this cannot be used to redirect elsewhere.
 */
export async function POST(request: Request) {
  if (!env.payments.simulatorEnabled) return new NextResponse(null, { status: 404 });
  const parsed = input.safeParse(Object.fromEntries((await request.formData()).entries()));
  if (!parsed.success) return NextResponse.json({ error: 'invalidInput' }, { status: 400 });
  const { paymentId, amountVnd, returnUrl, result } = parsed.data;
  const query = signedReturnQuery(env.payments.secret, { paymentId, amountVnd, result, transactionId: `SIM-${randomBytes(6).toString('hex').toUpperCase()}`, at: new Date().toISOString() });
  return NextResponse.redirect(`${returnUrl}?${query.toString()}`, 303);
}
