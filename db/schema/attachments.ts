import { index, integer, pgTable, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';
import { applications } from './applications';
import { issuedDocuments } from './documents';

/**
 * Files attached to an application. The bytes live in private storage under `storageKey`; this
 * row is how access is checked (the applicant, or officers of the application's registry).
 */
export const attachments = pgTable(
  'attachments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id),
    kind: text('kind').notNull(),
    storageKey: varchar('storage_key', { length: 220 }).notNull(),
    mimeType: text('mime_type').notNull(),
    size: integer('size').notNull(),
    width: integer('width'),
    height: integer('height'),
    pages: integer('pages'),
    sha256: varchar('sha256', { length: 64 }).notNull(),
    originalName: text('original_name').notNull(),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull(),
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
    /** An issued e-document reused as this attachment instead of a photo (Circular 01/2022 Art. 6(2)); its PDF is the file. */
    issuedDocumentId: uuid('issued_document_id').references(() => issuedDocuments.id),
  },
  (t) => [index('attachments_application_idx').on(t.applicationId)],
);
