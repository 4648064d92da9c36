import { selectApplication } from '@/db/queries/applications';
import { currentPersonalId } from '@/db/queries/person-records';
import { inTransaction } from '@/db/transaction';
import type { Db } from '@/db/types';
import { followReissuedPersonalId } from '@/lib/civil-status/reissued-personal-id';
import type { PopulationRegistry } from '@/lib/population';
import { personalIdRequest, type PersonalIdRequest } from '@/lib/population/sync';
import { applyAction } from '@/lib/workflow/apply-action';

export const POPULATION_DATABASE = { kind: 'system', id: 'population-database' } as const;

/**
 * Asks the population database for the number a registration waits for (Circular 01/2022
 * Art. 4(1)): a newborn's, or a new one for a corrected sex or year of birth. A refusal throws, and
 * the outbox asks again later (up to its attempts). An application no longer waiting (withdrawn)
 * asks nothing: a correction never registered must not have the number reissued.
 */
export async function askForPersonalId(db: Db, population: PopulationRegistry, payload: unknown, now: Date): Promise<void> {
  const request = personalIdRequest.parse(payload);
  const app = await selectApplication(db, request.applicationId, { system: true });
  if (app?.status !== 'awaitingPersonalId') return;
  const issued = request.kind === 'allocate' ? await population.allocatePersonalId(request) : await population.reissuePersonalId(request.personalId, request);
  await recordPersonalIdAnswer(db, request, issued, now);
}

/**
 * The population database issued the number. A reissued number is followed by our database in the
 * same transaction, whatever became of the application: the e-record and every entry naming the
 * person move to it, each change logged. The number is kept on the application's event, and the
 * registration goes back to the officer. An application no longer waiting (withdrawn meanwhile) is
 * otherwise left as it is.
 */
export async function recordPersonalIdAnswer(db: Db, request: PersonalIdRequest, personalId: string, now: Date): Promise<void> {
  await inTransaction(db, async (tx) => {
    const app = await selectApplication(tx, request.applicationId, { system: true }, { forUpdate: true });
    if (request.kind === 'reissue' && (await currentPersonalId(tx, request.personalId)) !== personalId) {
      await followReissuedPersonalId(tx, {
        from: request.personalId,
        to: personalId,
        adjustment: {
          decisionMaker: 'Cơ sở dữ liệu quốc gia về dân cư (Bộ Công an)',
          decisionMakerUserId: null,
          implementer: 'Đồng bộ tự động với Cơ sở dữ liệu quốc gia về dân cư',
          implementerUserId: null,
          at: now,
          applicationId: request.applicationId,
        },
      });
    }
    if (!app || app.status !== 'awaitingPersonalId') return;
    await applyAction(tx, {
      applicationId: app.id,
      action: 'personalIdIssued',
      actor: POPULATION_DATABASE,
      scope: { system: true },
      now,
      reason:
        request.kind === 'allocate'
          ? `Cơ sở dữ liệu quốc gia về dân cư đã cấp số định danh cá nhân ${personalId}.`
          : `Cơ sở dữ liệu quốc gia về dân cư đã hủy số định danh cá nhân ${request.personalId} và cấp số ${personalId}.`,
      payload: { kind: request.kind, personalId, ...(request.kind === 'reissue' ? { previousPersonalId: request.personalId } : {}) },
    });
  });
}
