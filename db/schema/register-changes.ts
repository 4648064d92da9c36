import { sql } from 'drizzle-orm';
import { bigint, check, index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import { applications } from './applications';
import { officeUsers } from './auth';
import { civilStatusRecords } from './civil-status';
import { inList } from './in-list';
import { registries } from './reference';

/**
 * Changes to what is registered (Circular 01/2022 Art. 4(2), 12, 13): the requests a registry
 * files with the ministry's database management (a discrepancy, a deletion, a restore), and the
 * adjustment log every change to a registered entry writes, from any path.
 */

/**
 * The paths by which registered data may change (Art. 12(1), 13), and `personalId`: the population
 * database reissued a person's personal ID number, which every entry naming them follows (Art. 4(1)).
 */
export const ADJUSTMENT_PATHS = ['amendment', 'discrepancy', 'deletion', 'restore', 'personalId'] as const;
export type AdjustmentPath = (typeof ADJUSTMENT_PATHS)[number];
export const CHANGE_REQUEST_KINDS = ['discrepancy', 'deletion', 'restore'] as const;
export type ChangeRequestKind = (typeof CHANGE_REQUEST_KINDS)[number];
export const CHANGE_REQUEST_STATUSES = ['pending', 'approved', 'refused'] as const;

/** One changed item of an entry: the message id of its label, the value before and after (null: none). */
export type AdjustedItem = { field: string; old: string | null; new: string | null };

/**
 * A registry's request to the ministry's database management (Art. 12(1)(b), 13(1)–(2)). Its
 * decision is written once, with the reviewer's note (Art. 12(2)); a trigger refuses any other
 * change and every deletion.
 */
export const registerChangeRequests = pgTable(
  'register_change_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').notNull(),
    recordId: uuid('record_id')
      .notNull()
      .references(() => civilStatusRecords.id),
    /** The registry that asks: for a deletion, the one that registered the entry (Art. 13(1)). */
    registryCode: varchar('registry_code', { length: 16 })
      .notNull()
      .references(() => registries.code),
    requestedByUserId: uuid('requested_by_user_id')
      .notNull()
      .references(() => officeUsers.id),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull(),
    /** What is to be deleted or restored (Art. 13(2)(a)); for a discrepancy, where it was found. */
    scope: text('scope').notNull(),
    /** The reasons (Art. 13(2)(b)). */
    reasons: text('reasons').notNull(),
    /** The grounds: the judgment or decision, or the dossier the register differs from. */
    grounds: text('grounds').notNull(),
    /** A discrepancy's items: the register's value and the dossier's. */
    changes: jsonb('changes').$type<AdjustedItem[]>().notNull().default([]),
    /** The judgment, the decision or the evidence, as uploaded (Art. 13(2)(c)). */
    evidenceKey: text('evidence_key').notNull(),
    evidenceName: text('evidence_name').notNull(),
    evidenceType: text('evidence_type').notNull(),
    status: text('status').notNull().default('pending'),
    decidedByUserId: uuid('decided_by_user_id').references(() => officeUsers.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    /** What the reviewer looked at and why they decided so (Art. 12(2)). */
    reviewNote: text('review_note'),
  },
  (t) => [
    index('register_change_requests_record_idx').on(t.recordId),
    index('register_change_requests_pending_idx').on(t.requestedAt).where(sql`${t.status} = 'pending'`),
    // One open request of a kind per entry: a second would be decided on stale facts.
    uniqueIndex('register_change_requests_one_pending').on(t.recordId, t.kind).where(sql`${t.status} = 'pending'`),
    check('register_change_requests_kind', sql`${t.kind} in (${inList(CHANGE_REQUEST_KINDS)})`),
    check('register_change_requests_status', sql`${t.status} in (${inList(CHANGE_REQUEST_STATUSES)})`),
    check('register_change_requests_said', sql`btrim(${t.scope}) <> '' and btrim(${t.reasons}) <> '' and btrim(${t.grounds}) <> '' and btrim(${t.evidenceKey}) <> ''`),
    check('register_change_requests_items', sql`jsonb_typeof(${t.changes}) = 'array' and (${t.kind} <> 'discrepancy' or jsonb_array_length(${t.changes}) > 0)`),
    check(
      'register_change_requests_decision',
      sql`(${t.status} = 'pending') = (${t.decidedAt} is null) and (${t.decidedAt} is null) = (${t.decidedByUserId} is null) and (${t.status} = 'pending' or btrim(coalesce(${t.reviewNote}, '')) <> '')`,
    ),
  ],
);

/**
 * The adjustment log (Art. 4(2)): every change to a registered entry, with its legal basis, who
 * decided it, who carried it out, when, and what changed. Append-only (triggers); a change to an
 * entry without a row here in the same transaction is refused by the entry's own trigger.
 */
export const registerAdjustments = pgTable(
  'register_adjustments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    recordId: uuid('record_id')
      .notNull()
      .references(() => civilStatusRecords.id),
    path: text('path').notNull(),
    legalBasis: text('legal_basis').notNull(),
    /** Who decided, as they sign: name, title and office. */
    decisionMaker: text('decision_maker').notNull(),
    decisionMakerUserId: uuid('decision_maker_user_id').references(() => officeUsers.id),
    /** Who carried it out, likewise. */
    implementer: text('implementer').notNull(),
    implementerUserId: uuid('implementer_user_id').references(() => officeUsers.id),
    at: timestamp('at', { withTimezone: true }).notNull(),
    changes: jsonb('changes').$type<AdjustedItem[]>().notNull(),
    requestId: uuid('request_id').references(() => registerChangeRequests.id),
    applicationId: uuid('application_id').references(() => applications.id),
    /** The transaction that wrote it: the entry's trigger accepts a change only beside its log row. */
    txid: bigint('txid', { mode: 'number' }).notNull().default(sql`txid_current()`),
  },
  (t) => [
    index('register_adjustments_record_idx').on(t.recordId, t.at),
    check('register_adjustments_path', sql`${t.path} in (${inList(ADJUSTMENT_PATHS)})`),
    check('register_adjustments_five_elements', sql`btrim(${t.legalBasis}) <> '' and btrim(${t.decisionMaker}) <> '' and btrim(${t.implementer}) <> ''`),
    check('register_adjustments_changes', sql`jsonb_typeof(${t.changes}) = 'array' and jsonb_array_length(${t.changes}) > 0`),
  ],
);
