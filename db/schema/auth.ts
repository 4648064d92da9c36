import { boolean, integer, jsonb, pgEnum, pgTable, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';
import { provinces, registries } from './reference';

export const officeRoleEnum = pgEnum('office_role', ['officer', 'signer', 'dojSupervisor', 'dbManager', 'communityHelper']);

/** Staff accounts of registries, provincial Departments of Justice and the Ministry. */
export const officeUsers = pgTable('office_users', {
  id: uuid('id').primaryKey().defaultRandom(),
  username: varchar('username', { length: 64 }).notNull().unique(),
  fullName: text('full_name').notNull(),
  title: text('title').notNull(),
  role: officeRoleEnum('role').notNull(),
  /** Set for officers, signers and community helpers: the registry (commune) they work for. */
  registryCode: varchar('registry_code', { length: 16 }).references(() => registries.code),
  /** Set for provincial supervisors: the province they oversee. */
  provinceCode: varchar('province_code', { length: 2 }).references(() => provinces.code),
  passwordHash: text('password_hash').notNull(),
  active: boolean('active').notNull().default(true),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Failed sign-in counter per username, used to slow down password guessing. */
export const loginThrottle = pgTable('login_throttle', {
  key: varchar('key', { length: 128 }).primaryKey(),
  failures: integer('failures').notNull().default(0),
  lastFailureAt: timestamp('last_failure_at', { withTimezone: true }).notNull(),
  blockedUntil: timestamp('blocked_until', { withTimezone: true }),
});

/**
 * Public keys of the document-signing keys made before migration 0013, when keys were kept here:
 * still published so the QR codes they signed verify. The private keys are gone (0013 dropped the
 * column) and no row is added: keys live in key files or a KMS (lib/signing, decision 0010).
 */
export const signingKeys = pgTable('signing_keys', {
  kid: varchar('kid', { length: 64 }).primaryKey(),
  purpose: varchar('purpose', { length: 32 }).notNull(),
  alg: varchar('alg', { length: 16 }).notNull(),
  publicJwk: jsonb('public_jwk').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
