import { boolean, pgTable, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';
import { provinces } from './reference';

/*
 * Organisations that may ask the register for information about people (Circular 01/2022 Art.
 * 8(2)): a school, a court, a bank, a statistics office. In production an organisation signs in
 * through an identity provider for organisations (the VNeID account of an organisation, Decree
 * 69/2024) and this table only mirrors what it asserted; the demo keeps its accounts below.
 */
export const organisations = pgTable('organisations', {
  /** The organisation's identification code (mã định danh điện tử của tổ chức). */
  code: varchar('code', { length: 32 }).primaryKey(),
  name: text('name').notNull(),
  /** Its province, when it is a provincial body. */
  provinceCode: varchar('province_code', { length: 2 }).references(() => provinces.code),
  active: boolean('active').notNull().default(true),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * The demo identity provider's accounts: one per representative of an organisation. A real
 * provider replaces this table (lib/organisations/identity.ts); the portal keeps only the
 * organisation and the representative's personal ID it asserted.
 */
export const organisationAccounts = pgTable('organisation_accounts', {
  id: uuid('id').primaryKey().defaultRandom(),
  username: varchar('username', { length: 64 }).notNull().unique(),
  organisationCode: varchar('organisation_code', { length: 32 })
    .notNull()
    .references(() => organisations.code),
  /** The representative: a person of the population database. */
  representativePersonalId: varchar('representative_personal_id', { length: 12 }).notNull(),
  fullName: text('full_name').notNull(),
  position: text('position').notNull(),
  passwordHash: text('password_hash').notNull(),
  active: boolean('active').notNull().default(true),
});
