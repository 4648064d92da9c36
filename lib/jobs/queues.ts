/*
 * The job queues and their settings (docs/decisions/0017-job-queue.md), apart from what each job
 * does (lib/jobs/worker.ts): the deploy step creates them as the database's owner (a queue is a
 * partition of `pgboss.job`), so the worker, running as the app's role, only finds them.
 */

export type QueueSettings = {
  name: string;
  /** How often a job is offered; the worker's interval (JOBS_INTERVAL_SECONDS) when absent. */
  everySeconds?: number;
  /**
   * A run taking longer is taken for dead (its worker crashed, or pg-boss's own timer in a live
   * worker) and retried: each job's run is well under it, and safe to overlap (see the decision).
   */
  expireInSeconds: number;
  retryLimit?: number;
  retryDelaySeconds?: number;
  /** `stately` (the default): at most one run waiting and one running. */
  policy?: 'stately' | 'standard';
};

export const TIME_QUEUES = [
  { name: 'confirm-expired-drafts', expireInSeconds: 600 },
  { name: 'flag-delayed-applications', expireInSeconds: 600 },
  { name: 'refuse-missed-appointments', expireInSeconds: 600 },
  { name: 'deliver-outbox', expireInSeconds: 900 },
  { name: 'sweep-orphaned-files', everySeconds: 3600, expireInSeconds: 1800 },
] as const satisfies readonly QueueSettings[];

export type TimeQueueName = (typeof TIME_QUEUES)[number]['name'];

/** pg-boss's options for a queue of these settings. */
export function queueOptions(q: QueueSettings) {
  return { name: q.name, policy: q.policy ?? 'stately', retryLimit: q.retryLimit ?? 3, retryDelay: q.retryDelaySeconds ?? 10, expireInSeconds: q.expireInSeconds };
}
