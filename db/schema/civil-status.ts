import { boolean, date, index, integer, pgTable, text, time, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';
import { sexEnum } from './population';

/**
 * Registered civil-status events in the Electronic Civil Status Database (ours). Demo data holds
 * digitised legacy entries; registrations made through the portal will be added here too.
 */
export const civilStatusRecords = pgTable(
  'civil_status_records',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eventType: text('event_type').notNull(),
    registrationType: text('registration_type').notNull().default('onTime'),
    subjectPersonalId: varchar('subject_personal_id', { length: 12 }).notNull(),
    otherPartyPersonalId: varchar('other_party_personal_id', { length: 12 }),
    nameOnRecord: text('name_on_record').notNull(),
    registryCode: varchar('registry_code', { length: 16 }),
    registryName: text('registry_name').notNull(),
    entryNumber: text('entry_number').notNull(),
    book: text('book').notNull(),
    registeredOn: date('registered_on', { mode: 'string' }).notNull(),
    digitized: boolean('digitized').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('cs_records_subject_idx').on(t.subjectPersonalId),
    index('cs_records_other_party_idx').on(t.otherPartyPersonalId),
  ],
);

/**
 * Electronic birth notices (giấy chứng sinh) sent by health facilities: a MOCK of the health
 * sector's system, read by the birth-registration form through the mother's personal ID.
 */
export const electronicBirthNotices = pgTable(
  'electronic_birth_notices',
  {
    number: varchar('number', { length: 40 }).primaryKey(),
    issuedOn: date('issued_on', { mode: 'string' }).notNull(),
    facility: text('facility').notNull(),
    facilityProvinceCode: varchar('facility_province_code', { length: 2 }).notNull(),
    facilityCommuneCode: varchar('facility_commune_code', { length: 5 }).notNull(),
    facilityDetail: text('facility_detail').notNull(),
    motherPersonalId: varchar('mother_personal_id', { length: 12 }).notNull(),
    childSex: sexEnum('child_sex').notNull(),
    childDateOfBirth: date('child_date_of_birth', { mode: 'string' }).notNull(),
    childTimeOfBirth: time('child_time_of_birth').notNull(),
    childWeightGrams: integer('child_weight_grams'),
  },
  (t) => [index('ebn_mother_idx').on(t.motherPersonalId)],
);
