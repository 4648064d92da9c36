import { sql } from 'drizzle-orm';
import { type AnyPgColumn, boolean, check, date, index, integer, jsonb, pgTable, primaryKey, text, time, timestamp, unique, uuid, varchar } from 'drizzle-orm/pg-core';
import { applications } from './applications';
import { officeUsers } from './auth';
import { maritalStatusEnum, sexEnum } from './population';
import { registries } from './reference';

/** Event types of the register: the books a registry keeps (Law on Civil Status Art. 58). */
export const REGISTER_EVENT_TYPES = ['birth', 'death', 'marriage', 'parentChildRecognition', 'guardianship', 'guardianshipTermination', 'amendment', 'maritalStatusCertificate'] as const;
export const REGISTRATION_TYPES = ['onTime', 'late', 'new', 'reRegistration', 'recorded'] as const;
/**
 * A digitised legacy entry counts only once the provincial Department of Justice approved it
 * (Circular 01/2022 Art. 10(3)). A deleted entry (Art. 13(3)) has no legal validity but stays in
 * the person's e-record, and can be restored.
 */
export const ENTRY_STATUSES = ['pendingApproval', 'official', 'deleted'] as const;
/** The people an entry concerns, by the part they play in it. */
export const ENTRY_ROLES = ['child', 'mother', 'father', 'wife', 'husband', 'deceased', 'holder'] as const;
const inList = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(', '));


/**
 * The register of the Electronic Civil Status Database (Circular 01/2022 Art. 4, 11): one row per
 * entry of a registry's book. Entries made through the portal reference their application;
 * digitised legacy entries (Art. 10) wait for the provincial approval before they count.
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
    /** The registry keeping the book today (a legacy registry's successor since 1 July 2025). */
    registryCode: varchar('registry_code', { length: 16 })
      .notNull()
      .references(() => registries.code),
    /** The registry as named on the entry: a former registry for legacy entries. */
    registryName: text('registry_name').notNull(),
    entryNumber: text('entry_number').notNull(),
    book: text('book').notNull(),
    registeredOn: date('registered_on', { mode: 'string' }).notNull(),
    digitized: boolean('digitized').notNull().default(false),
    status: text('status').notNull().default('official'),
    approvedByUserId: uuid('approved_by_user_id').references(() => officeUsers.id),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    /** What the entry says, as printed on its copies: message id of each label and the value. */
    content: jsonb('content').$type<{ label: string; value: string }[]>().notNull().default([]),
    /** The online application it was registered from; null for digitised legacy entries. */
    applicationId: uuid('application_id').references(() => applications.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('cs_records_subject_idx').on(t.subjectPersonalId),
    index('cs_records_other_party_idx').on(t.otherPartyPersonalId),
    // One number per book (the book names its year) of each registry, as named on the entry: two
    // former wards merged into one commune keep their own books.
    unique('cs_records_entry_number').on(t.registryCode, t.registryName, t.eventType, t.book, t.entryNumber),
    index('cs_records_lookup_idx').on(t.registryCode, t.entryNumber, t.registeredOn),
    // Organisation criteria (Art. 8(2)): a registry's entries of one event type in registration
    // order; the migration adds INCLUDE (id, status) so the counts read no heap (docs/performance.md).
    index('cs_records_registry_event_idx').on(t.registryCode, t.eventType, t.registeredOn),
    index('cs_records_pending_idx').on(t.registryCode).where(sql`${t.status} = 'pendingApproval'`),
    check('cs_records_event_type', sql`${t.eventType} in (${inList(REGISTER_EVENT_TYPES)})`),
    check('cs_records_registration_type', sql`${t.registrationType} in (${inList(REGISTRATION_TYPES)})`),
    check('cs_records_status', sql`${t.status} in (${inList(ENTRY_STATUSES)})`),
    // Only a digitised entry can wait for approval, and an approval names who gave it.
    check('cs_records_pending_only_digitized', sql`${t.status} <> 'pendingApproval' or ${t.digitized}`),
    check('cs_records_approval', sql`(${t.approvedAt} is null) = (${t.approvedByUserId} is null)`),
    // Every entry has its number and its book (Law on Civil Status Art. 58): what the unique above compares.
    check('cs_records_number_and_book', sql`btrim(${t.entryNumber}) <> '' and btrim(${t.book}) <> ''`),
  ],
);

/**
 * The people an entry concerns (the child and the parents, the spouses, the deceased), with the
 * search key of their names: what links a person's e-record to every event it holds (Art. 11(1))
 * and what the search by names and dates of birth reads (Art. 7(2)).
 */
export const recordPersons = pgTable(
  'record_persons',
  {
    recordId: uuid('record_id')
      .notNull()
      .references(() => civilStatusRecords.id),
    role: text('role').notNull(),
    /** Null for a person with no personal ID number (a parent in a legacy entry). */
    personalId: varchar('personal_id', { length: 12 }).references(() => personRecords.personalId),
    fullName: text('full_name').notNull(),
    dateOfBirth: date('date_of_birth', { mode: 'string' }),
    /** Surname and given name without diacritics or case ("nguyen lan"): see lib/civil-status/name-key.ts. */
    nameKey: text('name_key').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.recordId, t.role] }),
    index('record_persons_name_idx').on(t.nameKey, t.dateOfBirth),
    index('record_persons_person_idx').on(t.personalId),
    // The child of a birth entry beside its date of birth (INCLUDE in the migration): counts by birth year.
    index('record_persons_child_idx').on(t.recordId).where(sql`${t.role} = 'child'`),
    check('record_persons_role', sql`${t.role} in (${inList(ENTRY_ROLES)})`),
  ],
);

/**
 * Official births per registry and year of birth: the organisations' statistics (Circular 01/2022
 * Art. 8(2)) read these instead of counting every birth, so a count costs the same at 21 million
 * births as at one. Kept by triggers in the same transaction as the entry (migration 0010): a child
 * written to an official birth, a digitised birth approved, a child's date of birth changed.
 */
export const birthCounts = pgTable(
  'birth_counts',
  {
    registryCode: varchar('registry_code', { length: 16 })
      .notNull()
      .references(() => registries.code),
    birthYear: integer('birth_year').notNull(),
    births: integer('births').notNull(),
  },
  (t) => [primaryKey({ columns: [t.registryCode, t.birthYear] }), check('birth_counts_births', sql`${t.births} >= 0`)],
);

/**
 * Every view of a person's civil-status information by an officer, a supervisor, a database manager
 * or an organisation (Circular 01/2022 Art. 8(3)): who, whose, when and why. Append-only (trigger).
 */
export const recordViews = pgTable(
  'record_views',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    viewerKind: text('viewer_kind').notNull(),
    viewerId: text('viewer_id').notNull(),
    viewerName: text('viewer_name').notNull(),
    /** The registry, department or organisation the viewer acted for. */
    viewerBody: text('viewer_body').notNull(),
    personalId: varchar('personal_id', { length: 12 }).notNull(),
    recordId: uuid('record_id').references(() => civilStatusRecords.id),
    purpose: text('purpose').notNull(),
  },
  (t) => [index('record_views_person_idx').on(t.personalId, t.at)],
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
export const personRecords = pgTable(
  'person_records',
  {
    personalId: varchar('personal_id', { length: 12 }).primaryKey(),
    /** Marital status as the civil-status database knows it; null until an event decides it. */
    maritalStatus: text('marital_status'),
    lockedAt: timestamp('locked_at', { withTimezone: true }),
    lockedByApplicationId: uuid('locked_by_application_id').references(() => applications.id),
    /**
     * The population database cancelled this number and issued the person another (Art. 4(1)): the
     * entries moved to the new one; this row stays so a search by the old number finds the person.
     */
    replacedByPersonalId: varchar('replaced_by_personal_id', { length: 12 }).references((): AnyPgColumn => personRecords.personalId),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [check('person_records_marital_status', sql`${t.maritalStatus} is null or ${t.maritalStatus} in (${inList(maritalStatusEnum.enumValues)})`)],
);

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
