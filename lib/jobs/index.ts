import { flagDelayedApplications } from './flag-delayed';
import type { Db } from '@/db/types';
import type { JobAdapters } from './adapters';
import { confirmExpiredDrafts } from './confirm-expired-drafts';
import { deliverOutbox } from './deliver-outbox';

export { mockAdapters, type JobAdapters } from './adapters';
export { confirmExpiredDrafts, SCHEDULER } from './confirm-expired-drafts';
export { flagDelayedApplications } from './flag-delayed';
export { deliverOutbox, LEASE_MS, MAX_ATTEMPTS, retryDelayMs } from './deliver-outbox';

export type JobCounts = { confirmedBySilence: number; confirmationFailures: number; delayed: number; delivered: number; deliveryFailures: number };

/**
 * Everything that happens with time alone, as of `now`: confirm expired drafts and flag delayed
 * applications first, so the notifications they queue go out in the same run, then deliver the
 * outbox.
 */
export async function runJobs(db: Db, options: { now: Date; adapters: JobAdapters }): Promise<JobCounts> {
  const confirmations = await confirmExpiredDrafts(db, { now: options.now });
  const delays = await flagDelayedApplications(db, { now: options.now });
  const delivery = await deliverOutbox(db, options);
  return {
    confirmedBySilence: confirmations.confirmed,
    confirmationFailures: confirmations.failed,
    delayed: delays.flagged,
    delivered: delivery.delivered,
    deliveryFailures: delivery.failed,
  };
}
