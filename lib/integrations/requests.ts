import { insertOutbox } from '@/db/queries/outbox';
import type { Db } from '@/db/types';
import { INTEGRATION_TOPICS, type HealthCardRequest, type ResidenceRequest } from './types';

/*
 * Queue the bundle requests in the caller's transaction (the registration's), keyed by
 * application: registering again cannot queue a second request.
 */

export function requestPermanentResidence(tx: Db, request: ResidenceRequest, now: Date) {
  return insertOutbox(tx, {
    topic: INTEGRATION_TOPICS.residence,
    idempotencyKey: `${request.applicationId}:residence`,
    payload: request,
    createdAt: now,
    nextAttemptAt: now,
  });
}

export function requestHealthCard(tx: Db, request: HealthCardRequest, now: Date) {
  return insertOutbox(tx, {
    topic: INTEGRATION_TOPICS.socialInsurance,
    idempotencyKey: `${request.applicationId}:healthInsurance`,
    payload: request,
    createdAt: now,
    nextAttemptAt: now,
  });
}
