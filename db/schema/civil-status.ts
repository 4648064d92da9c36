import { boolean, date, index, integer, pgTable, text, time, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';
import { applications } from './applications';
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
    /** The online application it was registered from; null for digitised legacy entries. */
    applicationId: uuid('application_id').references(() => applications.id),
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

/**
 * The electronic civil-status record of a person (Circular 01/2022 Art. 11), keyed by personal ID:
 * created or updated by every registration in the registering transaction. A deceased person's
 * record is locked (Law on Civil Status Art. 34(2)): no further event takes them as subject.
 */
export const personRecords = pgTable('person_records', {
  personalId: varchar('personal_id', { length: 12 }).primaryKey(),
  /** Marital status as the civil-status database knows it; null until an event decides it. */
  maritalStatus: text('marital_status'),
  lockedAt: timestamp('locked_at', { withTimezone: true }),
  lockedByApplicationId: uuid('locked_by_application_id').references(() => applications.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});

/**
 * Electronic death notices (giấy báo tử) sent by the body that established the death (health
 * facility, court, police, commune): a MOCK of those systems, read by the death form through the
 * deceased's personal ID.
 */
export const electronicDeathNotices = pgTable(
  'electronic_death_notices',
  {
    number: varchar('number', { length: 40 }).primaryKey(),
    issuedOn: date('issued_on', { mode: 'string' }).notNull(),
    issuerKind: text('issuer_kind').notNull(),
    issuer: text('issuer').notNull(),
    deceasedPersonalId: varchar('deceased_personal_id', { length: 12 }).notNull(),
    dateOfDeath: date('date_of_death', { mode: 'string' }).notNull(),
    timeOfDeath: time('time_of_death'),
    placeOfDeathKind: text('place_of_death_kind').notNull(),
    placeOfDeath: text('place_of_death').notNull(),
    cause: text('cause').notNull(),
  },
  (t) => [index('edn_deceased_idx').on(t.deceasedPersonalId)],
);
