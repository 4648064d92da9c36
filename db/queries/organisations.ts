import { and, eq } from 'drizzle-orm';
import { organisationAccounts, organisations } from '../schema';
import type { Db } from '../types';

export type OrganisationRow = typeof organisations.$inferSelect;

export async function selectOrganisation(db: Db, code: string): Promise<OrganisationRow | undefined> {
  const [row] = await db.select().from(organisations).where(eq(organisations.code, code)).limit(1);
  return row;
}

export async function selectOrganisationAccount(db: Db, username: string) {
  const [row] = await db
    .select({ account: organisationAccounts, organisation: organisations })
    .from(organisationAccounts)
    .innerJoin(organisations, eq(organisations.code, organisationAccounts.organisationCode))
    .where(eq(organisationAccounts.username, username))
    .limit(1);
  return row;
}

/** Whether a representative still acts for an active organisation (checked on every request). */
export async function representativeIsActive(db: Db, organisationCode: string, personalId: string): Promise<boolean> {
  const [row] = await db
    .select({ code: organisations.code })
    .from(organisationAccounts)
    .innerJoin(organisations, eq(organisations.code, organisationAccounts.organisationCode))
    .where(and(eq(organisationAccounts.organisationCode, organisationCode), eq(organisationAccounts.representativePersonalId, personalId), eq(organisationAccounts.active, true), eq(organisations.active, true)))
    .limit(1);
  return Boolean(row);
}

export async function insertOrganisation(db: Db, row: typeof organisations.$inferInsert) {
  await db.insert(organisations).values(row).onConflictDoNothing();
}

export async function insertOrganisationAccount(db: Db, row: typeof organisationAccounts.$inferInsert) {
  await db.insert(organisationAccounts).values(row).onConflictDoNothing({ target: organisationAccounts.username });
}
