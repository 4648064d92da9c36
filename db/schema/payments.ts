import { sql } from 'drizzle-orm';
import { check, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import { applications } from './applications';
import { provinces } from './reference';

/**
 * Fees as data (fees-and-deadlines.md, "Portal model"): an amount per procedure and item, for the
 * whole country (province null) or set by a province's People's Council, for a channel and a
 * period. Seeded amounts that are illustrations are marked `sample`.
 */
export const feeSchedule = pgTable(
  'fee_schedule',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    procedureCode: text('procedure_code').notNull(),
    /** What is charged: `copy` (per copy per event), `lateRegistration`… */
    item: text('item').notNull(),
    provinceCode: varchar('province_code', { length: 2 }).references(() => provinces.code),
    channel: text('channel').notNull().default('online'),
    amountVnd: integer('amount_vnd').notNull(),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
    legalBasis: text('legal_basis').notNull(),
    sample: text('sample'),
  },
  (t) => [
    index('fee_schedule_lookup_idx').on(t.procedureCode, t.item, t.provinceCode),
    check('fee_schedule_amount', sql`${t.amountVnd} >= 0`),
    check('fee_schedule_channel', sql`${t.channel} in ('online', 'inPerson')`),
    check('fee_schedule_period', sql`${t.validTo} is null or ${t.validTo} >= ${t.validFrom}`),
  ],
);

/**
 * A payment of an application's fee through the payment gateway: one row per attempt, so an
 * abandoned or failed attempt is kept and a new one made. At most one paid attempt per application
 * counts; a paid fee of a refused application, or a second payment, is marked for refund.
 */
export const payments = pgTable(
  'payments',
  {
    id: uuid('id').primaryKey(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id),
    amountVnd: integer('amount_vnd').notNull(),
    /** The fee lines as shown to the applicant: label, quantity, unit amount, legal basis. */
    lines: jsonb('lines').notNull(),
    status: text('status').notNull().default('pending'),
    /** The gateway's transaction number, from the verified callback: a replayed callback finds it taken. */
    gatewayTransactionId: text('gateway_transaction_id').unique(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    settledAt: timestamp('settled_at', { withTimezone: true }),
    refund: text('refund'),
  },
  (t) => [
    index('payments_application_idx').on(t.applicationId),
    // One payment counts per application; a second one paid at the gateway is kept, to be refunded.
    uniqueIndex('payments_one_paid_per_application').on(t.applicationId).where(sql`${t.status} = 'paid' and ${t.refund} is null`),
    check('payments_amount', sql`${t.amountVnd} > 0`),
    check('payments_status', sql`${t.status} in ('pending', 'paid', 'failed', 'abandoned')`),
    check('payments_refund', sql`${t.refund} is null or (${t.refund} in ('due', 'refunded') and ${t.status} = 'paid')`),
  ],
);
