import { randomInt } from 'node:crypto';
import { upsertIntegrationReceipt } from '@/db/queries/integration-receipts';
import type { Db } from '@/db/types';
import { systemClock, type Clock } from '@/lib/calendar';
import type { IntegrationAck, ResidenceAgency, SocialInsuranceAgency } from './types';

/*
 * MOCKS of the residence registration and social insurance systems. They keep a receipt per
 * application and system (unique), so a request delivered twice is acknowledged twice with the
 * same reference and recorded once, as a real idempotent endpoint would.
 */

async function receive(db: Db, system: 'residence' | 'socialInsurance', applicationId: string, prefix: string, clock: Clock): Promise<IntegrationAck> {
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
  return { registerPermanentResidence: (request) => receive(db, 'residence', request.applicationId, 'CT', clock) };
}

export function createMockSocialInsuranceAgency(db: Db, clock: Clock = systemClock): SocialInsuranceAgency {
  return { issueHealthCard: (request) => receive(db, 'socialInsurance', request.applicationId, 'BHYT', clock) };
}
