import { boolean, index, jsonb, pgTable, primaryKey, text, varchar } from 'drizzle-orm/pg-core';

/** Provinces after 1 July 2025 (Decision 19/2025/QĐ-TTg codes). */
export const provinces = pgTable('provinces', {
  code: varchar('code', { length: 2 }).primaryKey(),
  name: text('name').notNull(),
  fullName: text('full_name').notNull(),
  unitType: text('unit_type').notNull(),
  nameAscii: text('name_ascii').notNull(),
});

/** Commune-level units (xã, phường, đặc khu) after 1 July 2025. */
export const communes = pgTable(
  'communes',
  {
    code: varchar('code', { length: 5 }).primaryKey(),
    name: text('name').notNull(),
    fullName: text('full_name').notNull(),
    type: text('type').notNull(),
    provinceCode: varchar('province_code', { length: 2 })
      .notNull()
      .references(() => provinces.code),
    nameAscii: text('name_ascii').notNull(),
  },
  (t) => [index('communes_province_idx').on(t.provinceCode)],
);

/** The 63 provinces in use until 30 June 2025; their ID prefix opens older personal ID numbers. */
export const legacyProvinces = pgTable('legacy_provinces', {
  legacyCode: varchar('legacy_code', { length: 2 }).primaryKey(),
  idPrefix: varchar('id_prefix', { length: 3 }).notNull().unique(),
  name: text('name').notNull(),
  mergedIntoCode: varchar('merged_into_code', { length: 2 })
    .notNull()
    .references(() => provinces.code),
});

/** The 54 ethnic groups of Vietnam (General Statistics Office list). */
export const ethnicities = pgTable('ethnicities', {
  code: varchar('code', { length: 2 }).primaryKey(),
  name: text('name').notNull(),
});

/** A civil-status registry: since 1 July 2025, one per commune People's Committee. */
export const registries = pgTable(
  'registries',
  {
    code: varchar('code', { length: 16 }).primaryKey(),
    name: text('name').notNull(),
    communeCode: varchar('commune_code', { length: 5 })
      .notNull()
      .unique()
      .references(() => communes.code),
    provinceCode: varchar('province_code', { length: 2 })
      .notNull()
      .references(() => provinces.code),
    /** Published hours for in-person registrations (marriage): the weekdays (1 = Monday) and slot start times. */
    publishedHours: jsonb('published_hours')
      .$type<{ weekdays: number[]; slots: string[] }>()
      .notNull()
      .default({ weekdays: [1, 2, 3, 4, 5], slots: ['08:00', '09:00', '10:00', '14:00', '15:00', '16:00'] }),
  },
  (t) => [index('registries_province_idx').on(t.provinceCode)],
);

/**
 * Whether a registry accepts a procedure online (Circular 01/2022 Art. 5(2)). One row per
 * registry and procedure, so that the published list of offline registries is a plain query.
 */
export const registryProcedures = pgTable(
  'registry_procedures',
  {
    registryCode: varchar('registry_code', { length: 16 })
      .notNull()
      .references(() => registries.code),
    procedureCode: text('procedure_code').notNull(),
    acceptsOnline: boolean('accepts_online').notNull().default(true),
    note: text('note'),
  },
  (t) => [
    primaryKey({ columns: [t.registryCode, t.procedureCode] }),
    index('registry_procedures_offline_idx').on(t.acceptsOnline),
  ],
);
