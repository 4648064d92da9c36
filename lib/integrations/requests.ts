import { insertOutbox } from '@/db/queries/outbox';
import type { Db } from '@/db/types';

/*
 * Queue a procedure's bundle requests in the caller's transaction (the issue's), keyed by
 * application and request: issuing again cannot queue a second request.
 */
export async function queueBundleRequests(tx: Db, requests: readonly { topic: string; key: string; payload: Record<string, unknown> }[], now: Date): Promise<number> {
  let queued = 0;
  for (const r of requests) {
    if (await insertOutbox(tx, { topic: r.topic, idempotencyKey: r.key, payload: r.payload, createdAt: now, nextAttemptAt: now })) queued++;
  }
  return queued;
}
