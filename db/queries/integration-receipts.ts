import { and, eq } from 'drizzle-orm';
import { integrationReceipts } from '../schema';
import type { Db } from '../types';

export type IntegrationReceiptRow = typeof integrationReceipts.$inferSelect;
export type NewIntegrationReceiptRow = typeof integrationReceipts.$inferInsert;

/** Inserts the receipt unless the system already has one for the application; returns the stored one. */
export async function upsertIntegrationReceipt(db: Db, row: NewIntegrationReceiptRow): Promise<IntegrationReceiptRow> {
  await db.insert(integrationReceipts).values(row).onConflictDoNothing({ target: [integrationReceipts.applicationId, integrationReceipts.system] });
  const [stored] = await db
    .select()
    .from(integrationReceipts)
    .where(and(eq(integrationReceipts.applicationId, row.applicationId), eq(integrationReceipts.system, row.system)))
    .limit(1);
  return stored!;
}

export async function selectReceiptsOfApplication(db: Db, applicationId: string): Promise<IntegrationReceiptRow[]> {
  return db.select().from(integrationReceipts).where(eq(integrationReceipts.applicationId, applicationId));
}
