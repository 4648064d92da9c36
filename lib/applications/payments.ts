import { randomUUID } from 'node:crypto';
import { selectApplication, selectApplicationsOfApplicant, type ApplicationRow } from '@/db/queries/applications';
import { abandonPendingPayments, insertPayment, selectPayment, selectPaidPaymentsOfApplications, selectPaymentByTransaction, selectPaymentsOfApplication, updatePayment, type PaymentRow } from '@/db/queries/fees';
import { inTransaction } from '@/db/transaction';
import type { Db } from '@/db/types';
import { calendar } from '@/lib/calendar';
import { AppError } from '@/lib/errors';
import { notifyApplicant, nounsOf } from '@/lib/notifications';
import type { GatewayReturn, PaymentGateway } from '@/lib/payments/gateway';
import { applyAction } from '@/lib/workflow/apply-action';
import { openApplication } from './open-application';
import { feeOf, receipt, timeLimitOf } from './submit-application';

/*
 * Paying an application's fee through the payment gateway (issue: fees and online payment). An
 * application that owes a fee waits in `awaitingPayment`, unseen by the registry, until the
 * gateway's signed return says it was paid. Each attempt is a row; a failed or abandoned one is
 * kept and a new one made, so the application is never lost. The return is verified (signature,
 * amount, reference), idempotent (a second identical return changes nothing) and replay-safe (an
 * old return, or one whose transaction number was used, is refused).
 */

/** How long a signed return stays acceptable: a return replayed later than this is refused. */
export const RETURN_MAX_AGE_MS = 15 * 60_000;

/**
 * Starts a payment attempt for the applicant's own application: the fee is assessed again (it is
 * what the schedule says today), earlier attempts still open are abandoned, and the gateway's
 * checkout address is returned.
 */
export async function startPayment(db: Db, input: { applicationId: string; personalId: string; organisationCode: string | null; now: Date; gateway: PaymentGateway; returnUrl: string }): Promise<{ checkoutUrl: string; paymentId: string }> {
  return inTransaction(db, async (tx) => {
    const app = await selectApplication(tx, input.applicationId, { applicantPersonalId: input.personalId, organisationCode: input.organisationCode }, { forUpdate: true });
    if (!app) throw new AppError('notFound');
    if (app.status !== 'awaitingPayment') throw new AppError('illegalTransition', `Nothing to pay in ${app.status}`);
    const open = await openApplication(tx, app, calendar.localDate(input.now));
    const fee = await feeOf(tx, app, open, input.now);
    if (fee.kind !== 'due') throw new AppError('conflict', 'No fee is due', { reason: 'noFeeDue' });
    await abandonPendingPayments(tx, app.id, input.now);
    const payment = await insertPayment(tx, { id: randomUUID(), applicationId: app.id, amountVnd: fee.amountVnd, lines: fee.lines, status: 'pending', createdAt: input.now });
    const description = `${nounsOf(app.procedureCode).vi.procedure} ${app.dossierCode ?? ''}`.trim();
    return { paymentId: payment.id, checkoutUrl: input.gateway.checkoutUrl({ paymentId: payment.id, amountVnd: payment.amountVnd, description, returnUrl: input.returnUrl }) };
  });
}

export type SettleOutcome =
  | { ok: true; applicationId: string; status: PaymentRow['status']; newlyPaid: boolean }
  | { ok: false; reason: 'badSignature' | 'stale' | 'unknownPayment' | 'amountMismatch' | 'transactionReused' };

/**
 * The gateway's return, verified and applied once. A paid return moves the application to the
 * registry (day of receipt, due date) in the same transaction as the payment.
 */
export async function settlePayment(db: Db, input: { params: URLSearchParams; now: Date; gateway: PaymentGateway }): Promise<SettleOutcome> {
  const ret = input.gateway.verifyReturn(input.params);
  if (!ret) return { ok: false, reason: 'badSignature' };
  if (Math.abs(input.now.getTime() - Date.parse(ret.at)) > RETURN_MAX_AGE_MS) return { ok: false, reason: 'stale' };
  return inTransaction(db, async (tx) => {
    const payment = await selectPayment(tx, ret.paymentId, { forUpdate: true });
    if (!payment) return { ok: false, reason: 'unknownPayment' } as const;
    if (payment.amountVnd !== ret.amountVnd) return { ok: false, reason: 'amountMismatch' } as const;
    // Already settled: the same return again changes nothing; another transaction number is a replay of something else.
    if (payment.status === 'paid') {
      return payment.gatewayTransactionId === ret.transactionId ? ({ ok: true, applicationId: payment.applicationId, status: 'paid', newlyPaid: false } as const) : ({ ok: false, reason: 'transactionReused' } as const);
    }
    if (payment.status !== 'pending' && ret.result !== 'paid') return { ok: true, applicationId: payment.applicationId, status: payment.status, newlyPaid: false } as const;
    if (ret.result !== 'paid') {
      await updatePayment(tx, payment.id, { status: ret.result === 'cancelled' ? 'abandoned' : 'failed', settledAt: input.now });
      return { ok: true, applicationId: payment.applicationId, status: ret.result === 'cancelled' ? 'abandoned' : 'failed', newlyPaid: false } as const;
    }
    if (!(await transactionFree(tx, ret))) return { ok: false, reason: 'transactionReused' } as const;
    // An attempt given up here (a second tab started another) may still be paid at the gateway: the
    // money is recorded either way; if the application was already paid, this one is to be refunded.
    const alreadyPaid = (await selectPaymentsOfApplication(tx, payment.applicationId)).some((p) => p.status === 'paid');
    if (alreadyPaid) {
      await updatePayment(tx, payment.id, { status: 'paid', gatewayTransactionId: ret.transactionId, settledAt: input.now, refund: 'due' });
      return { ok: true, applicationId: payment.applicationId, status: 'paid', newlyPaid: false } as const;
    }
    await updatePayment(tx, payment.id, { status: 'paid', gatewayTransactionId: ret.transactionId, settledAt: input.now });
    await receiveAfterPayment(tx, payment, ret, input.now);
    return { ok: true, applicationId: payment.applicationId, status: 'paid', newlyPaid: true } as const;
  });
}

async function transactionFree(tx: Db, ret: GatewayReturn): Promise<boolean> {
  return !(await selectPaymentByTransaction(tx, ret.transactionId));
}

async function receiveAfterPayment(tx: Db, payment: PaymentRow, ret: GatewayReturn, now: Date): Promise<ApplicationRow> {
  const app = await selectApplication(tx, payment.applicationId, { system: true });
  if (!app) throw new AppError('notFound');
  const { procedure, answers } = await openApplication(tx, app, calendar.localDate(now));
  const { receivedOn, dueOn } = receipt(now, timeLimitOf(procedure, answers));
  const updated = await applyAction(tx, {
    applicationId: app.id,
    action: 'paymentReceived',
    actor: { kind: 'system', id: 'payment-gateway' },
    scope: { system: true },
    now,
    payload: { receivedOn, dueOn, paymentId: payment.id, amountVnd: payment.amountVnd, transactionId: ret.transactionId },
    changes: async () => ({ receivedOn, dueOn }),
  });
  await notifyApplicant(tx, updated, 'paymentReceived', { amountVnd: payment.amountVnd, transactionId: ret.transactionId, dueOn }, now);
  return updated;
}

/** The attempts of the applicant's own application, newest first. */
export async function paymentsOf(db: Db, input: { applicationId: string; personalId: string; organisationCode: string | null }): Promise<PaymentRow[]> {
  const app = await selectApplication(db, input.applicationId, { partyPersonalId: input.personalId, organisationCode: input.organisationCode });
  if (!app) throw new AppError('notFound');
  return selectPaymentsOfApplication(db, app.id);
}

/** What the applicant's application owes now (check your answers, the payment step). */
export async function feeToPay(db: Db, input: { applicationId: string; personalId: string; organisationCode: string | null; now: Date }) {
  const app = await selectApplication(db, input.applicationId, { applicantPersonalId: input.personalId, organisationCode: input.organisationCode });
  if (!app) throw new AppError('notFound');
  const open = await openApplication(db, app, calendar.localDate(input.now));
  return feeOf(db, app, open, input.now);
}

export type FeeReceipt = { id: string; dossierCode: string; amountVnd: number; transactionId: string; paidAt: Date; refund: string | null };

/** Receipts of the fees the person paid for their own applications ("Giấy tờ của tôi"). */
export async function receiptsOf(db: Db, personalId: string, organisationCode: string | null): Promise<FeeReceipt[]> {
  const apps = await selectApplicationsOfApplicant(db, personalId, organisationCode);
  const own = apps.filter((a) => a.applicantPersonalId === personalId);
  const paid = await selectPaidPaymentsOfApplications(db, own.map((a) => a.id));
  return paid.map((p) => ({
    id: p.id,
    dossierCode: own.find((a) => a.id === p.applicationId)?.dossierCode ?? '',
    amountVnd: p.amountVnd,
    transactionId: p.gatewayTransactionId ?? '',
    paidAt: p.settledAt ?? p.createdAt,
    refund: p.refund,
  }));
}
