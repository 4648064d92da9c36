import { pgTable, text, timestamp, unique, uuid, varchar } from 'drizzle-orm/pg-core';
import { applications } from './applications';

/**
 * The household head's consent to register the child's permanent residence in the household
 * (interconnected birth bundle, Decree 63/2024): asked when the applicant is not the head.
 */
export const householdConsents = pgTable(
  'household_consents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id),
    headPersonalId: varchar('head_personal_id', { length: 12 }).notNull(),
    status: text('status').notNull(),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull(),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
  },
  (t) => [unique('household_consents_application').on(t.applicationId)],
);
