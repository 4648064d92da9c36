import { sql } from 'drizzle-orm';
import { type AnyPgColumn, check, index, integer, jsonb, pgTable, primaryKey, serial, text, timestamp, unique, uuid, varchar } from 'drizzle-orm/pg-core';
import { DOCUMENT_KINDS } from '../../lib/documents/kinds';
import { applications } from './applications';
import { officeUsers } from './auth';
import { civilStatusRecords } from './civil-status';
import { inList } from './in-list';
import { registries } from './reference';

/** Stored statuses of an issued document (a lapsed validity is computed, never stored). */
export const ISSUED_DOCUMENT_STATUSES = ['valid', 'superseded', 'cancelled', 'deleted'] as const;

/**
 * Result documents as issued: the content exactly as printed (so the verify page shows what the
 * holder has in hand even after the record changes), the signed QR token and the stored PDF.
 * A later amendment adds a new version and marks the old one superseded; rows are never deleted.
 */
export const issuedDocuments = pgTable(
  'issued_documents',
  {
    id: uuid('id').primaryKey(),
    applicationId: uuid('application_id').references(() => applications.id),
    kind: text('kind').notNull(),
    holderPersonalId: varchar('holder_personal_id', { length: 12 }).notNull(),
    status: text('status').notNull().default('valid'),
    version: integer('version').notNull().default(1),
    /** Copies of one request (2 copies of a birth certificate) are numbered 1, 2… */
    copyNumber: integer('copy_number').notNull().default(1),
    content: jsonb('content').notNull(),
    token: text('token').notNull(),
    storageKey: text('storage_key').notNull(),
    issuedAt: timestamp('issued_at', { withTimezone: true }).notNull(),
    signedByUserId: uuid('signed_by_user_id').references(() => officeUsers.id),
    /** The register entry it attests (null for letters): its deletion or amendment shows on the verify page. */
    recordId: uuid('record_id').references(() => civilStatusRecords.id),
    /** The earlier version this one replaces (an amendment re-issues the certificate). */
    supersedesId: uuid('supersedes_id').references((): AnyPgColumn => issuedDocuments.id),
    /** Its place in the published status list (docs/status-list.md), drawn before its token is signed. */
    statusIndex: serial('status_index').notNull().unique(),
  },
  (t) => [
    index('issued_documents_holder_idx').on(t.holderPersonalId),
    index('issued_documents_record_idx').on(t.recordId),
    index('issued_documents_application_idx').on(t.applicationId),
    // One document of a kind and version per application and holder (a marriage certificate has one
    // original per spouse), so a retried issue cannot print twice.
    unique('issued_documents_application_kind_version_holder').on(t.applicationId, t.kind, t.version, t.holderPersonalId, t.copyNumber),
    check('issued_documents_status', sql`${t.status} in (${inList(ISSUED_DOCUMENT_STATUSES)})`),
    check('issued_documents_kind', sql`${t.kind} in (${inList(DOCUMENT_KINDS)})`),
  ],
);

/**
 * Entry numbers of the register books: one book per registry, event type and year, because books
 * close on 31 December (Law on Civil Status Art. 58(2)).
 */
export const registerCounters = pgTable(
  'register_counters',
  {
    registryCode: varchar('registry_code', { length: 16 })
      .notNull()
      .references(() => registries.code),
    year: integer('year').notNull(),
    eventType: text('event_type').notNull(),
    last: integer('last').notNull(),
  },
  (t) => [primaryKey({ columns: [t.registryCode, t.year, t.eventType] }), check('register_counters_last', sql`${t.last} > 0`)],
);

/**
 * Messages to other systems (SMS, e-mail, residence, social insurance), written in the same
 * transaction as the change they announce and delivered later, at least once, by the job runner.
 */
export const outbox = pgTable(
  'outbox',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    topic: text('topic').notNull(),
    idempotencyKey: text('idempotency_key').notNull().unique(),
    payload: jsonb('payload').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    attempts: integer('attempts').notNull().default(0),
    deliveredAt: timestamp('delivered_at', { withTimezone: true }),
    lastError: text('last_error'),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('outbox_due_idx').on(t.nextAttemptAt).where(sql`${t.deliveredAt} is null`)],
);

/**
 * What the demo SMS/e-mail gateway "sent", for the demo outbox page. The id is the outbox row's,
 * so a redelivered message is recorded once.
 */
export const sentNotifications = pgTable(
  'sent_notifications',
  {
    id: uuid('id').primaryKey(),
    channel: text('channel').notNull(),
    recipient: text('recipient').notNull(),
    applicationId: uuid('application_id').references(() => applications.id),
    /** The person it was sent to, when known (a message of a procedure: the applicant or a party). */
    recipientPersonalId: varchar('recipient_personal_id', { length: 12 }),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('sent_notifications_application_idx').on(t.applicationId),
    index('sent_notifications_sent_at_idx').on(t.sentAt),
    index('sent_notifications_recipient_idx').on(t.recipientPersonalId, t.sentAt),
  ],
);

/**
 * Written by the MOCK receiving systems (residence registration, social insurance). Unique per
 * application and system: a redelivered request finds its receipt instead of making a second one.
 */
export const integrationReceipts = pgTable(
  'integration_receipts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id),
    system: text('system').notNull(),
    status: text('status').notNull(),
    reference: text('reference').notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
  },
  (t) => [unique('integration_receipts_application_system').on(t.applicationId, t.system)],
);
