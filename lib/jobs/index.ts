import { flagDelayedApplications } from './flag-delayed';
import type { Db } from '@/db/types';
import type { JobAdapters } from './adapters';
import { confirmExpiredDrafts } from './confirm-expired-drafts';
import { deliverOutbox } from './deliver-outbox';
import { refuseMissedAppointments } from './refuse-missed-appointments';

export { jobAdapters, mockAdapters, type JobAdapters } from './adapters';
export { confirmExpiredDrafts, SCHEDULER } from './confirm-expired-drafts';
export { flagDelayedApplications } from './flag-delayed';
export { refuseMissedAppointments } from './refuse-missed-appointments';
export { deliverOutbox, LEASE_MS, MAX_ATTEMPTS, retryDelayMs } from './deliver-outbox';

export type JobCounts = { confirmedBySilence: number; confirmationFailures: number; delayed: number; missedAppointments: number; delivered: number; deliveryFailures: number };

/**
 * Everything that happens with time alone, as of `now`: confirm expired drafts and flag delayed
 * applications and refuse missed appointments first, so the notifications they queue go out in the same run, then deliver the
 * outbox.
 */
export async function runJobs(db: Db, options: { now: Date; adapters: JobAdapters }): Promise<JobCounts> {
  const confirmations = await confirmExpiredDrafts(db, { now: options.now });
  const delays = await flagDelayedApplications(db, { now: options.now });
  const missed = await refuseMissedAppointments(db, { now: options.now });
  const delivery = await deliverOutbox(db, options);
  return {
    confirmedBySilence: confirmations.confirmed,
    confirmationFailures: confirmations.failed,
    delayed: delays.flagged,
    missedAppointments: missed.refused,
    delivered: delivery.delivered,
    deliveryFailures: delivery.failed,
  };
}
