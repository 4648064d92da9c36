import { selectApplication } from '@/db/queries/applications';
import { inTransaction } from '@/db/transaction';
import type { Db } from '@/db/types';
import type { PersonalIdRequest } from '@/lib/population/sync';
import { applyAction } from '@/lib/workflow/apply-action';

export const POPULATION_DATABASE = { kind: 'system', id: 'population-database' } as const;

/**
 * The population database issued the personal ID number a registration waited for (Circular
 * 01/2022 Art. 4(1)). The number is kept on the application's event, and the registration made
 * with it goes back to the officer. An application no longer waiting (withdrawn meanwhile) is left
 * as it is.
 */
export async function recordPersonalIdAnswer(db: Db, request: PersonalIdRequest, personalId: string, now: Date): Promise<void> {
  await inTransaction(db, async (tx) => {
    const app = await selectApplication(tx, request.applicationId, { system: true }, { forUpdate: true });
    if (!app || app.status !== 'awaitingPersonalId') return;
    await applyAction(tx, {
      applicationId: app.id,
      action: 'personalIdIssued',
      actor: POPULATION_DATABASE,
      scope: { system: true },
      now,
      reason: `Cơ sở dữ liệu quốc gia về dân cư đã cấp số định danh cá nhân ${personalId}`,
      payload: { personalId },
    });
  });
}
