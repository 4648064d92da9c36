import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, timestamp, unique, uuid, varchar } from 'drizzle-orm/pg-core';
import { applications } from './applications';
import { officeUsers } from './auth';
import { inList } from './in-list';
import { registries } from './reference';

/** How the helper made sure the citizen in front of them is who the application is for. */
export const ASSIST_METHODS = ['vneidApp', 'chipCard'] as const;
export type AssistMethod = (typeof ASSIST_METHODS)[number];
/** `awaitingApproval` only for the VNeID app; a chip card read at the desk is approved at once. */
export const ASSIST_STATUSES = ['awaitingApproval', 'approved', 'refused', 'expired'] as const;
export type AssistStatus = (typeof ASSIST_STATUSES)[number];

/**
 * An application filed at the one-stop desk, or with a community digital-technology team, on
 * behalf of a citizen who is present (issue 12). The application is the citizen's (its
 * applicant is the citizen); this row says who helped, at which desk, and how the citizen's
 * identity was proved. The helper works on the application only while it is a draft.
 */
export const assistedFilings = pgTable(
  'assisted_filings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    helperUserId: uuid('helper_user_id')
      .notNull()
      .references(() => officeUsers.id),
    /** The registry whose desk (or whose commune's team) the helper works at. */
    deskRegistryCode: varchar('desk_registry_code', { length: 16 })
      .notNull()
      .references(() => registries.code),
    citizenPersonalId: varchar('citizen_personal_id', { length: 12 }).notNull(),
    /** Set by the helper's page when the form is shown, so a double submit starts one filing. */
    startKey: varchar('start_key', { length: 64 }).notNull(),
    procedureCode: text('procedure_code').notNull(),
    method: text('method').notNull(),
    status: text('status').notNull(),
    /** The request sent to the citizen's VNeID app, as the identity provider names it. */
    approvalRef: varchar('approval_ref', { length: 64 }),
    /** The card reader's receipt (chip card method): a card read starts one filing only. */
    cardReceiptId: varchar('card_receipt_id', { length: 64 }).unique(),
    /** The photo of the request the citizen signed on paper (chip card method), in file storage. */
    signedPaperKey: text('signed_paper_key'),
    applicationId: uuid('application_id')
      .unique()
      .references(() => applications.id),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull(),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
  },
  (t) => [
    index('assisted_filings_helper_idx').on(t.helperUserId, t.requestedAt),
    unique('assisted_filings_start_key').on(t.helperUserId, t.startKey),
    index('assisted_filings_desk_idx').on(t.deskRegistryCode),
    check('assisted_filings_method', sql`${t.method} in (${inList(ASSIST_METHODS)})`),
    check('assisted_filings_status', sql`${t.status} in (${inList(ASSIST_STATUSES)})`),
    // A card read at the desk always comes with the photo of the signed paper request.
    check('assisted_filings_chip_card_paper', sql`${t.method} <> 'chipCard' or (${t.signedPaperKey} is not null and ${t.cardReceiptId} is not null)`),
    check('assisted_filings_app_approved', sql`${t.applicationId} is null or ${t.status} = 'approved'`),
  ],
);
