import { claimOutbox, markOutboxDelivered, markOutboxFailed, selectDueOutbox, type OutboxRow } from '@/db/queries/outbox';
import type { Db } from '@/db/types';
import { allowanceRequest, healthCardRequest, INTEGRATION_TOPICS, POLICE_VERIFICATION_TOPIC, policeRequest, residenceDeletionRequest, residenceRequest } from '@/lib/integrations';
import { recordPoliceAnswer } from '@/lib/applications/agency-verification';
import { NOTIFICATION_TOPICS, outgoingMessage } from '@/lib/notifications';
import { applyPopulationChange, POPULATION_PERSONAL_ID_TOPIC, POPULATION_SYNC_TOPIC } from '@/lib/population/sync';
import { askForPersonalId } from '@/lib/applications/personal-id-answer';
import type { JobAdapters } from './adapters';

/** After this many attempts a message stays undelivered with its last error, for an operator to look at. */
export const MAX_ATTEMPTS = 10;
/** How long a claimed message is hidden from other runners; a crashed runner's message returns after it. */
export const LEASE_MS = 5 * 60_000;

/** 1, 2, 4, 8 … minutes after each failure, at most 6 hours. */
export function retryDelayMs(attempts: number): number {
  return Math.min(60_000 * 2 ** Math.max(attempts - 1, 0), 6 * 3_600_000);
}

async function dispatch(db: Db, row: OutboxRow, adapters: JobAdapters, now: Date): Promise<void> {
  switch (row.topic) {
    case NOTIFICATION_TOPICS.sms:
    case NOTIFICATION_TOPICS.email:
      return adapters.messages.send({ ...outgoingMessage.parse(row.payload), id: row.id, sentAt: now });
    case INTEGRATION_TOPICS.residence:
      await adapters.residence.registerPermanentResidence(residenceRequest.parse(row.payload));
      return;
    case INTEGRATION_TOPICS.socialInsurance:
      await adapters.socialInsurance.issueHealthCard(healthCardRequest.parse(row.payload));
      return;
    case INTEGRATION_TOPICS.residenceDeletion:
      await adapters.residence.deletePermanentResidence(residenceDeletionRequest.parse(row.payload));
      return;
    case INTEGRATION_TOPICS.funeralAllowance:
      await adapters.socialInsurance.claimFuneralAllowance(allowanceRequest.parse(row.payload));
      return;
    case INTEGRATION_TOPICS.survivorAllowance:
      await adapters.socialInsurance.claimSurvivorAllowance(allowanceRequest.parse(row.payload));
      return;
    case POPULATION_SYNC_TOPIC:
      return applyPopulationChange(adapters.population, row.payload);
    case POPULATION_PERSONAL_ID_TOPIC:
      // Asked again until the population database issues the number (retried with the outbox's back-off).
      return askForPersonalId(db, adapters.population, row.payload, now);
    case POLICE_VERIFICATION_TOPIC: {
      const request = policeRequest.parse(row.payload);
      return recordPoliceAnswer(db, request, await adapters.police.verifyIdentity(request), now);
    }
    default:
      throw new Error(`No adapter for outbox topic ${row.topic}`);
  }
}

/**
 * Delivers the messages that are due, each at least once: claim, send, then mark delivered. A
 * failure (or a crash between sending and marking) leads to another attempt later, which is why
 * every receiving side is idempotent by the message's id or the application.
 */
export async function deliverOutbox(db: Db, options: { now: Date; adapters: JobAdapters; limit?: number }): Promise<{ delivered: number; failed: number }> {
  const { now, adapters } = options;
  const due = await selectDueOutbox(db, now, { limit: options.limit ?? 100, maxAttempts: MAX_ATTEMPTS });
  return deliverMessages(db, due, (row) => dispatch(db, row, adapters, now), now);
}

/**
 * One attempt at each of these messages: claimed (so no other runner sends it meanwhile), sent,
 * marked delivered; a failure is kept with its error for a later attempt.
 */
export async function deliverMessages(db: Db, rows: readonly OutboxRow[], send: (row: OutboxRow) => Promise<void>, now: Date): Promise<{ delivered: number; failed: number }> {
  let delivered = 0;
  let failed = 0;
  for (const candidate of rows) {
    const row = await claimOutbox(db, candidate.id, now, new Date(now.getTime() + LEASE_MS));
    if (!row) continue; // another runner took it
    try {
      await send(row);
      await markOutboxDelivered(db, row.id, now);
      delivered++;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      await markOutboxFailed(db, row.id, message, new Date(now.getTime() + retryDelayMs(row.attempts)));
      failed++;
    }
  }
  return { delivered, failed };
}
