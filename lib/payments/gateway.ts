import { createHmac, timingSafeEqual } from 'node:crypto';

/*
 * The payment gateway adapter (VNPay-style redirect): the portal sends the applicant to the
 * gateway's payment page with the amount and its own payment reference; the gateway sends the
 * applicant back with the result, signed with the secret both share. The portal trusts nothing in
 * the return it cannot verify: signature, amount, reference, and freshness.
 */

/** The portal's address the gateway sends the payer back to (app/api/payments/return). */
export const PAYMENT_RETURN_PATH = '/api/payments/return';

export type GatewayResult = 'paid' | 'failed' | 'cancelled';

export type GatewayReturn = {
  paymentId: string;
  amountVnd: number;
  result: GatewayResult;
  /** The gateway's own transaction number: a replayed return carries the same one. */
  transactionId: string;
  /** When the gateway answered (ISO). */
  at: string;
};

export interface PaymentGateway {
  /** Where to send the applicant to pay. */
  checkoutUrl(input: { paymentId: string; amountVnd: number; description: string; returnUrl: string }): string;
  /** The verified result of a return, or null when its signature or shape is wrong. */
  verifyReturn(params: URLSearchParams): GatewayReturn | null;
}

const FIELDS = ['paymentId', 'amountVnd', 'result', 'transactionId', 'at'] as const;

function canonical(r: GatewayReturn): string {
  return FIELDS.map((k) => `${k}=${encodeURIComponent(String(r[k]))}`).join('&');
}

export function signReturn(secret: string, r: GatewayReturn): string {
  return createHmac('sha256', secret).update(canonical(r)).digest('hex');
}

/** Builds the signed return query the gateway sends the applicant back with. */
export function signedReturnQuery(secret: string, r: GatewayReturn): URLSearchParams {
  const params = new URLSearchParams(Object.fromEntries(FIELDS.map((k) => [k, String(r[k])])));
  params.set('signature', signReturn(secret, r));
  return params;
}

export function verifySignedReturn(secret: string, params: URLSearchParams): GatewayReturn | null {
  const amount = Number(params.get('amountVnd'));
  const result = params.get('result');
  const r = {
    paymentId: params.get('paymentId') ?? '',
    amountVnd: amount,
    result: result as GatewayResult,
    transactionId: params.get('transactionId') ?? '',
    at: params.get('at') ?? '',
  };
  if (!/^[0-9a-f-]{36}$/.test(r.paymentId) || !Number.isSafeInteger(amount) || amount <= 0) return null;
  if (!['paid', 'failed', 'cancelled'].includes(String(result)) || !/^[A-Za-z0-9-]{6,64}$/.test(r.transactionId) || Number.isNaN(Date.parse(r.at))) return null;
  const given = Buffer.from(params.get('signature') ?? '', 'hex');
  const expected = Buffer.from(signReturn(secret, r), 'hex');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return r;
}

/**
 * The built-in gateway of demo mode (like the VNeID simulator): its payment page is served by the
 * portal at `/pay-sim`, and it signs returns with the configured secret.
 */
export function mockGateway(input: { appUrl: string; secret: string }): PaymentGateway {
  return {
    checkoutUrl({ paymentId, amountVnd, description, returnUrl }) {
      const q = new URLSearchParams({ paymentId, amountVnd: String(amountVnd), description, returnUrl });
      return `${input.appUrl}/pay-sim?${q.toString()}`;
    },
    verifyReturn: (params) => verifySignedReturn(input.secret, params),
  };
}
