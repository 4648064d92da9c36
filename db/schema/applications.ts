import { sql } from 'drizzle-orm';
import { check, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, unique, uuid, varchar } from 'drizzle-orm/pg-core';
import { ACTIONS, ACTOR_KINDS, ANNOTATIONS, STATUSES } from '../../lib/workflow/table';
import { inList } from './in-list';
import { organisations } from './organisations';
import { registries } from './reference';

/** What an event of the audit trail records: a transition of the workflow table, or an annotation. */
export const EVENT_ACTIONS = [...ACTIONS, ...(Object.keys(ANNOTATIONS) as (keyof typeof ANNOTATIONS)[])];

/** An application (hồ sơ) for a procedure, from draft to result. Its status changes only through applyAction. */
export const applications = pgTable(
  'applications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    dossierCode: varchar('dossier_code', { length: 32 }).unique(),
    procedureCode: text('procedure_code').notNull(),
    formVersion: integer('form_version').notNull(),
    registryCode: varchar('registry_code', { length: 16 })
      .notNull()
      .references(() => registries.code),
    applicantPersonalId: varchar('applicant_personal_id', { length: 12 }).notNull(),
    /** Set when the applicant filed as the representative of an organisation (Circular 01/2022 Art. 8(2)): the application is the organisation's. */
    organisationCode: varchar('organisation_code', { length: 32 }).references(() => organisations.code),
    /** Set by the browser when the application is started, so a double click starts one draft. */
    startKey: varchar('start_key', { length: 64 }).notNull(),
    status: text('status').notNull(),
    answers: jsonb('answers').notNull().default({}),
    /** Whom the application is about (the child, the deceased), kept as the answers are saved, for lists. */
    subjectName: text('subject_name').notNull().default(''),
    version: integer('version').notNull().default(1),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    receivedOn: date('received_on', { mode: 'string' }),
    dueOn: date('due_on', { mode: 'string' }),
    draftReturnedAt: timestamp('draft_returned_at', { withTimezone: true }),
    confirmationDeadline: timestamp('confirmation_deadline', { withTimezone: true }),
    confirmation: text('confirmation'),
    /** Set when the application passed its due date unfinished and the apology was sent (Law Art. 9(3)). */
    delayedAt: timestamp('delayed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('applications_start_key').on(t.applicantPersonalId, t.startKey),
    index('applications_registry_status_idx').on(t.registryCode, t.status),
    // The office queue in its order (db/queries/applications.ts selectRegistryQueue): a page is an index range.
    index('applications_queue_idx').on(t.registryCode, sql`coalesce(${t.dueOn}, '9999-12-31'::date)`, sql`coalesce(${t.submittedAt}, 'infinity'::timestamptz)`, t.id),
    index('applications_applicant_idx').on(t.applicantPersonalId),
    index('applications_organisation_idx').on(t.organisationCode),
    index('applications_deadline_idx').on(t.status, t.confirmationDeadline),
    // Only the workflow table's statuses (lib/workflow/table.ts; migration 0012, kept equal by a test).
    check('applications_status', sql`${t.status} in (${inList(STATUSES)})`),
  ],
);

/** The audit trail: one row per action on an application. Append-only: never updated or deleted. */
export const applicationEvents = pgTable(
  'application_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id),
    at: timestamp('at', { withTimezone: true }).notNull(),
    actorKind: text('actor_kind').notNull(),
    actorId: text('actor_id').notNull(),
    action: text('action').notNull(),
    fromStatus: text('from_status').notNull(),
    toStatus: text('to_status').notNull(),
    reason: text('reason'),
    legalBasis: text('legal_basis'),
    payload: jsonb('payload').notNull().default({}),
  },
  (t) => [
    index('application_events_application_idx').on(t.applicationId, t.at),
    check('application_events_from_status', sql`${t.fromStatus} in (${inList(STATUSES)})`),
    check('application_events_to_status', sql`${t.toStatus} in (${inList(STATUSES)})`),
    check('application_events_action', sql`${t.action} in (${inList(EVENT_ACTIONS)})`),
    check('application_events_actor_kind', sql`${t.actorKind} in (${inList(ACTOR_KINDS)})`),
  ],
);

/** Per-registry, per-day counters behind dossier codes. */
export const dossierSequences = pgTable(
  'dossier_sequences',
  {
    registryCode: varchar('registry_code', { length: 16 })
      .notNull()
      .references(() => registries.code),
    day: date('day', { mode: 'string' }).notNull(),
    last: integer('last').notNull(),
  },
  (t) => [primaryKey({ columns: [t.registryCode, t.day] }), check('dossier_sequences_last', sql`${t.last} > 0`)],
);

/**
 * Co-applicants of an application besides the one who filed it (the other party to a marriage):
 * they see the application and its timeline, are notified of every change, and confirm the joint
 * declaration from their own account before it reaches the registry.
 */
export const applicationParties = pgTable(
  'application_parties',
  {
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id),
    personalId: varchar('personal_id', { length: 12 }).notNull(),
    /** What the party declares, in the procedure's words ("jointDeclaration"). */
    purpose: text('purpose').notNull(),
    status: text('status').notNull().default('pending'),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.applicationId, t.personalId] }),
    index('application_parties_person_idx').on(t.personalId),
    check('application_parties_status', sql`${t.status} in ('pending', 'confirmed', 'declined')`),
  ],
);

/**
 * The in-person appointment of a procedure with a ceremony (marriage, Law Art. 18(2)): one slot of
 * the registry's published hours per application. A slot holds one ceremony, and the parties may
 * move their appointment once.
 */
export const appointments = pgTable(
  'appointments',
  {
    applicationId: uuid('application_id')
      .primaryKey()
      .references(() => applications.id),
    registryCode: varchar('registry_code', { length: 16 })
      .notNull()
      .references(() => registries.code),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    moves: integer('moves').notNull().default(0),
    bookedBy: varchar('booked_by', { length: 12 }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [unique('appointments_registry_slot').on(t.registryCode, t.startsAt), check('appointments_moves', sql`${t.moves} between 0 and 1`)],
);
