import { date, index, integer, pgEnum, pgTable, text, timestamp, varchar } from 'drizzle-orm/pg-core';

/*
 * Tables of the National Population Database MOCK. They belong to the population service, not to
 * the civil-status portal: only lib/population/mock.ts reads or writes them, so a real remote
 * service can replace it without touching the rest of the code.
 */

export const sexEnum = pgEnum('sex', ['male', 'female', 'undetermined']);
export const maritalStatusEnum = pgEnum('marital_status', ['single', 'married', 'divorced', 'widowed']);
export const vitalStatusEnum = pgEnum('vital_status', ['alive', 'deceased']);

export const popHouseholds = pgTable('pop_households', {
  id: varchar('id', { length: 20 }).primaryKey(),
  headPersonalId: varchar('head_personal_id', { length: 12 }).notNull(),
  provinceCode: varchar('province_code', { length: 2 }).notNull(),
  communeCode: varchar('commune_code', { length: 5 }).notNull(),
  detail: text('detail').notNull(),
});

export const popPeople = pgTable(
  'pop_people',
  {
    personalId: varchar('personal_id', { length: 12 }).primaryKey(),
    surname: text('surname').notNull(),
    middleName: text('middle_name').notNull().default(''),
    givenName: text('given_name').notNull(),
    fullName: text('full_name').notNull(),
    sex: sexEnum('sex').notNull(),
    dateOfBirth: date('date_of_birth', { mode: 'string' }).notNull(),
    ethnicityCode: varchar('ethnicity_code', { length: 2 }).notNull(),
    nationality: varchar('nationality', { length: 2 }).notNull().default('VN'),
    placeOfBirth: text('place_of_birth').notNull(),
    homeTown: text('home_town').notNull(),
    permanentProvinceCode: varchar('permanent_province_code', { length: 2 }),
    permanentCommuneCode: varchar('permanent_commune_code', { length: 5 }),
    permanentDetail: text('permanent_detail'),
    temporaryProvinceCode: varchar('temporary_province_code', { length: 2 }),
    temporaryCommuneCode: varchar('temporary_commune_code', { length: 5 }),
    temporaryDetail: text('temporary_detail'),
    phone: varchar('phone', { length: 15 }),
    email: text('email'),
    /** Null: not recorded (old records); the status then cannot be confirmed from the database. */
    maritalStatus: maritalStatusEnum('marital_status').default('single'),
    vitalStatus: vitalStatusEnum('vital_status').notNull().default('alive'),
    dateOfDeath: date('date_of_death', { mode: 'string' }),
    fatherPersonalId: varchar('father_personal_id', { length: 12 }),
    motherPersonalId: varchar('mother_personal_id', { length: 12 }),
    householdId: varchar('household_id', { length: 20 }).references(() => popHouseholds.id),
    relationshipToHead: text('relationship_to_head'),
    /** The number this person had before it was cancelled and reissued (Circular 01/2022 Art. 4(1)). */
    previousPersonalId: varchar('previous_personal_id', { length: 12 }).unique(),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('pop_people_household_idx').on(t.householdId),
    index('pop_people_mother_idx').on(t.motherPersonalId),
    index('pop_people_father_idx').on(t.fatherPersonalId),
    index('pop_people_commune_idx').on(t.permanentCommuneCode),
  ],
);
