import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';
import { officeUsers } from './auth';

/**
 * What a look-up of a personal ID number from the e-form came to. `unknown` (no such number) and
 * `inconsistent` (the person does not fit the declared relationship) are told apart here only:
 * the applicant is told "not found" for both.
 */
export const POPULATION_LOOKUP_OUTCOMES = ['found', 'unknown', 'inconsistent', 'applicationNotFound', 'fieldNotFound', 'rateLimited'] as const;
export type PopulationLookupOutcome = (typeof POPULATION_LOOKUP_OUTCOMES)[number];

/**
 * Every look-up of a person by a citizen filling an e-form: who looked up whom, for which
 * application and field, and what came of it. Append-only (trigger); also what the per-user rate
 * limit counts, so the limit holds across server instances.
 */
export const populationLookups = pgTable(
  'population_lookups',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    actorPersonalId: varchar('actor_personal_id', { length: 12 }).notNull(),
    /** Set when an officer or community helper made the look-up on the citizen's draft at the desk (issue 12). */
    helperUserId: uuid('helper_user_id').references(() => officeUsers.id),
    /** As asked: a foreign or unknown id is logged too, so no foreign key. */
    applicationId: uuid('application_id'),
    step: text('step').notNull(),
    field: text('field').notNull(),
    /** The relationship the form declares for the field, once the field is known. */
    role: text('role'),
    lookedUpPersonalId: varchar('looked_up_personal_id', { length: 12 }).notNull(),
    outcome: text('outcome').$type<PopulationLookupOutcome>().notNull(),
  },
  (t) => [
    index('population_lookups_actor_idx').on(t.actorPersonalId, t.at),
    index('population_lookups_person_idx').on(t.lookedUpPersonalId, t.at),
    check('population_lookups_outcome', sql`${t.outcome} in (${sql.raw(POPULATION_LOOKUP_OUTCOMES.map((o) => `'${o}'`).join(', '))})`),
  ],
);
