import { selectUndeliveredOfRegistry } from '@/db/queries/outbox';
import type { Db } from '@/db/types';
import { calendar } from '@/lib/calendar';
import { POPULATION_SYNC_TOPIC, populationChange, type PopulationChange } from '@/lib/population/sync';

/** A fault in the sync with the population database is to be fixed within 5 working days (Circular 01/2022 Art. 3(2)). */
export const SYNC_FIX_WORKING_DAYS = 5;

export type UnsentChange = { id: string; change: PopulationChange; queuedAt: Date; attempts: number; lastError: string | null; overdue: boolean };

/** What of the registry's registrations the population database has not acknowledged yet, with the alert past 5 working days. */
export async function unsentPopulationChanges(db: Db, registryCode: string, now: Date): Promise<UnsentChange[]> {
  const today = calendar.localDate(now);
  const rows = await selectUndeliveredOfRegistry(db, POPULATION_SYNC_TOPIC, registryCode);
  return rows.map((row) => ({
    id: row.id,
    change: populationChange.parse(row.payload),
    queuedAt: row.createdAt,
    attempts: row.attempts,
    lastError: row.lastError,
    overdue: calendar.addWorkingDays(calendar.localDate(row.createdAt), SYNC_FIX_WORKING_DAYS) < today,
  }));
}
