import { sql } from 'drizzle-orm';
import { bigint, check, index, pgTable, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';
import { officeUsers } from './auth';

/**
 * Every signed-in session, checked on each request: signing out or revoking an account ends it on
 * the server, whatever the browser still holds (the cookie carries only the id).
 */
export const authSessions = pgTable(
  'auth_sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The office user's id, the citizen's personal ID number, or "<organisation>:<representative>". */
    subject: varchar('subject', { length: 128 }).notNull(),
    role: varchar('role', { length: 32 }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    /** The absolute limit: the session ends then, used or not. */
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    revokedReason: varchar('revoked_reason', { length: 32 }),
  },
  (t) => [index('auth_sessions_subject_idx').on(t.subject), check('auth_sessions_expiry_check', sql`${t.expiresAt} > ${t.createdAt}`)],
);

/** An office account's second factor (TOTP, RFC 6238) and its single-use recovery codes. */
export const officeAuthenticators = pgTable('office_authenticators', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => officeUsers.id, { onDelete: 'cascade' }),
  /** Base32; null until enrolment is confirmed with a first code. */
  secret: text('secret'),
  /** Offered at enrolment, becomes `secret` once a code from it is typed. */
  pendingSecret: text('pending_secret'),
  /** The last time step accepted: a code is accepted once (RFC 6238 §5.2). */
  lastStep: bigint('last_step', { mode: 'number' }),
  /** SHA-256 of the recovery codes not used yet. */
  recoveryCodeHashes: text('recovery_code_hashes').array().notNull().default([]),
  enrolledAt: timestamp('enrolled_at', { withTimezone: true }),
});
