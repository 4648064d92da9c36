import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';

/*
 * The VNeID simulator's own state (demo mode only), in the database so that every app instance
 * shares it (issue 11: no in-process state that matters). The real VNeID keeps its own.
 */

/**
 * The VNeID simulator's side of an approval request: what the citizen's app shows as a push.
 * Owned by the simulator (lib/vneid-sim/approvals.ts), as the real VNeID keeps its own.
 */
export const vneidSimApprovals = pgTable(
  'vneid_sim_approvals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personalId: varchar('personal_id', { length: 12 }).notNull(),
    /** Who asks, as the app shows it: the helper and the desk. */
    requester: text('requester').notNull(),
    purpose: text('purpose').notNull(),
    status: text('status').notNull().default('pending'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
  },
  (t) => [index('vneid_sim_approvals_person_idx').on(t.personalId, t.status), check('vneid_sim_approvals_status', sql`${t.status} in ('pending', 'approved', 'refused')`)],
);

/** Authorization codes already exchanged: a code is single use across every instance (RFC 6749 §4.1.2). */
export const vneidSimRedeemedCodes = pgTable('vneid_sim_redeemed_codes', {
  jti: varchar('jti', { length: 64 }).primaryKey(),
  /** When the code itself expires: the row is useless after, and swept. */
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
});
