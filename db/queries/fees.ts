import { and, desc, eq, gte, isNull, lte, or, sql } from 'drizzle-orm';
import { feeSchedule, payments } from '../schema';
import type { Db } from '../types';

export type FeeRow = typeof feeSchedule.$inferSelect;
export type PaymentRow = typeof payments.$inferSelect;

/** The amount in force on a day: the province's own, else the national one. */
export async function selectFee(db: Db, input: { procedureCode: string; item: string; provinceCode: string; channel: 'online' | 'inPerson'; on: string }): Promise<FeeRow | undefined> {
  const rows = await db
    .select()
    .from(feeSchedule)
    .where(
      and(
        eq(feeSchedule.procedureCode, input.procedureCode),
        eq(feeSchedule.item, input.item),
        eq(feeSchedule.channel, input.channel),
        or(eq(feeSchedule.provinceCode, input.provinceCode), isNull(feeSchedule.provinceCode)),
        lte(feeSchedule.validFrom, input.on),
        or(isNull(feeSchedule.validTo), gte(feeSchedule.validTo, input.on)),
      ),
    )
    .orderBy(sql`${feeSchedule.provinceCode} is null`, desc(feeSchedule.validFrom))
    .limit(1);
  return rows[0];
}

export async function countFees(db: Db): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(feeSchedule);
  return row?.n ?? 0;
}

export async function insertFees(db: Db, rows: (typeof feeSchedule.$inferInsert)[]) {
  if (rows.length > 0) await db.insert(feeSchedule).values(rows);
}

export async function insertPayment(db: Db, row: typeof payments.$inferInsert): Promise<PaymentRow> {
  const [inserted] = await db.insert(payments).values(row).returning();
  return inserted!;
}

export async function selectPayment(db: Db, id: string, options: { forUpdate?: boolean } = {}): Promise<PaymentRow | undefined> {
  const query = db.select().from(payments).where(eq(payments.id, id)).limit(1);
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row;
}

export async function selectPaymentsOfApplication(db: Db, applicationId: string): Promise<PaymentRow[]> {
  return db.select().from(payments).where(eq(payments.applicationId, applicationId)).orderBy(desc(payments.createdAt));
}

export async function updatePayment(db: Db, id: string, changes: Partial<Pick<PaymentRow, 'status' | 'gatewayTransactionId' | 'settledAt' | 'refund'>>) {
  await db.update(payments).set(changes).where(eq(payments.id, id));
}

/** Attempts still open are abandoned when a new one starts, so at most one waits at the gateway. */
export async function abandonPendingPayments(db: Db, applicationId: string, now: Date) {
  await db
    .update(payments)
    .set({ status: 'abandoned', settledAt: now })
    .where(and(eq(payments.applicationId, applicationId), eq(payments.status, 'pending')));
}

export async function markPaidForRefund(db: Db, applicationId: string): Promise<PaymentRow[]> {
  return db
    .update(payments)
    .set({ refund: 'due' })
    .where(and(eq(payments.applicationId, applicationId), eq(payments.status, 'paid'), isNull(payments.refund)))
    .returning();
}

/** Paid fees of the applications a person filed, for "Giấy tờ của tôi". */
export async function selectPaidPaymentsOfApplications(db: Db, applicationIds: readonly string[]): Promise<PaymentRow[]> {
  if (applicationIds.length === 0) return [];
  return db
    .select()
    .from(payments)
    .where(and(eq(payments.status, 'paid'), sql`${payments.applicationId} in ${applicationIds}`))
    .orderBy(desc(payments.settledAt));
}

export async function selectPaymentByTransaction(db: Db, transactionId: string): Promise<PaymentRow | undefined> {
  const [row] = await db.select().from(payments).where(eq(payments.gatewayTransactionId, transactionId)).limit(1);
  return row;
}
