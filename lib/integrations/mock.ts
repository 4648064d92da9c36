import { randomInt } from 'node:crypto';
import { upsertIntegrationReceipt } from '@/db/queries/integration-receipts';
import type { Db } from '@/db/types';
import { systemClock, type Clock } from '@/lib/calendar';
import { population } from '@/lib/population';
import type { IntegrationAck, IntegrationSystem, ResidenceAgency, SocialInsuranceAgency } from './types';

/*
 * MOCKS of the residence registration and social insurance systems. They keep a receipt per
 * application and request kind (unique), so a request delivered twice is acknowledged twice with
 * the same reference and recorded once, as a real idempotent endpoint would.
 */

async function receive(db: Db, system: IntegrationSystem, applicationId: string, prefix: string, clock: Clock): Promise<IntegrationAck> {
  const receipt = await upsertIntegrationReceipt(db, {
    applicationId,
    system,
    status: 'received',
    reference: `${prefix}-${String(randomInt(1_000_000_000)).padStart(9, '0')}`,
    receivedAt: clock(),
  });
  return { reference: receipt.reference, status: receipt.status === 'completed' ? 'completed' : 'received' };
}

export function createMockResidenceAgency(db: Db, clock: Clock = systemClock): ResidenceAgency {
  return {
    registerPermanentResidence: (request) => receive(db, 'residence', request.applicationId, 'CT', clock),
    async deletePermanentResidence(request) {
      // The residence system deletes the registration, which the population database then shows.
      const person = await population(db).findPerson(request.personalId);
      if (person?.permanentResidence) await population(db).deletePermanentResidence(request.personalId);
      return receive(db, 'residenceDeletion', request.applicationId, 'XTT', clock);
    },
  };
}

export function createMockSocialInsuranceAgency(db: Db, clock: Clock = systemClock): SocialInsuranceAgency {
  return {
    issueHealthCard: (request) => receive(db, 'socialInsurance', request.applicationId, 'BHYT', clock),
    claimFuneralAllowance: (request) => receive(db, 'funeralAllowance', request.applicationId, 'MT', clock),
    claimSurvivorAllowance: (request) => receive(db, 'survivorAllowance', request.applicationId, 'TT', clock),
  };
}
