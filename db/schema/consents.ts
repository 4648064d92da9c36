import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, timestamp, unique, uuid, varchar } from 'drizzle-orm/pg-core';
import { applications } from './applications';
import { inList } from './in-list';

/** Asked, then given or refused from the person's own account (lib/procedures/contract.ts ConsentStatus). */
export const CONSENT_STATUSES = ['requested', 'given', 'refused'] as const;

/**
 * Consents an application needs from people other than the applicant (procedure contract,
 * `parties`): the household head's to a newborn's residence (birth bundle, Decree 63/2024), later
 * the other party's to a marriage. Asked at submission, answered from the person's own account.
 */
export const applicationConsents = pgTable(
  'application_consents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id),
    personalId: varchar('personal_id', { length: 12 }).notNull(),
    purpose: text('purpose').notNull(),
    status: text('status').notNull(),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull(),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
  },
  (t) => [
    unique('application_consents_party').on(t.applicationId, t.personalId, t.purpose),
    index('application_consents_person_idx').on(t.personalId),
    check('application_consents_status', sql`${t.status} in (${inList(CONSENT_STATUSES)})`),
  ],
);
