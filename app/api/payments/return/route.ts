import { NextResponse } from 'next/server';
import { getDb } from '@/db/client';
import { tryIssueCopiesAtOnce } from '@/lib/applications/issue-copies';
import { settlePayment } from '@/lib/applications/payments';
import { systemClock } from '@/lib/calendar';
import { env } from '@/lib/env';
import { fileStorage } from '@/lib/files';
import { paymentGateway } from '@/lib/payments';

/**
 * The payment gateway's return (GET, as gateways send the payer back). Nothing in it is trusted
 * unverified: a bad signature, an amount that is not the one asked, an old or reused return gets
 * 400 and changes nothing. A paid return delivers the application to the registry; copies are
 * then issued at once where the request allows it.
 */
export async function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  const db = await getDb();
  const now = systemClock();
  const outcome = await settlePayment(db, { params, now, gateway: paymentGateway() });
  if (!outcome.ok) return NextResponse.redirect(new URL(`/payments/invalid?reason=${outcome.reason}`, env.appUrl), 303);
  if (outcome.newlyPaid) await tryIssueCopiesAtOnce(db, outcome.applicationId, { now, baseUrl: env.appUrl, storage: fileStorage() });
  return NextResponse.redirect(new URL(`/applications/${outcome.applicationId}?payment=${outcome.status}`, env.appUrl), 303);
}
