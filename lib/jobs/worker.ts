import PgBoss from 'pg-boss';
import type { Db } from '@/db/types';
import type { Clock } from '@/lib/calendar';
import type { FileStorage } from '@/lib/uploads/storage';
import { sweepOrphans } from '@/lib/uploads/sweep';
import type { JobAdapters } from './adapters';
import { confirmExpiredDrafts } from './confirm-expired-drafts';
import { deliverOutbox } from './deliver-outbox';
import { flagDelayedApplications } from './flag-delayed';
import { QUEUE_SCHEMA, queueConnection, type QueueTarget } from './queue-db';
import { queueOptions, TIME_QUEUES, type QueueSettings, type TimeQueueName } from './queues';
import { refuseMissedAppointments } from './refuse-missed-appointments';

/*
 * The job worker (docs/decisions/0017-job-queue.md). What happens with time alone runs as jobs of a
 * PostgreSQL-backed queue (pg-boss), so any number of workers and portal instances share it and each
 * job runs once: a worker takes a job with SELECT … FOR UPDATE SKIP LOCKED; a job whose worker died
 * expires and is retried; each kind is `stately` (at most one waiting and one running).
 *
 * Every worker offers each kind of job once per its period, throttled by the queue itself
 * (`singletonSeconds`): however many workers run, one job is made per period and one worker runs it.
 * A job reads the time when it runs (the injected clock), so a draft whose deadline is 17:00 is
 * confirmed by the first run at or after 17:00, never at 16:59.
 */

export type JobContext = { db: Db; now: Date; adapters: JobAdapters; storage: FileStorage; jobId: string };

export type JobKind = QueueSettings & { run: (context: JobContext) => Promise<Record<string, number>> };

const RUNS: Record<TimeQueueName, JobKind['run']> = {
  // Circular 01/2022 Art. 6(3): a returned draft not answered by its deadline is confirmed by silence.
  'confirm-expired-drafts': ({ db, now }) => confirmExpiredDrafts(db, { now }),
  'flag-delayed-applications': ({ db, now }) => flagDelayedApplications(db, { now }),
  'refuse-missed-appointments': ({ db, now }) => refuseMissedAppointments(db, { now }),
  // Notifications, agencies' bundles and the population sync (Art. 3(2)): every outbox topic.
  'deliver-outbox': ({ db, now, adapters }) => deliverOutbox(db, { now, adapters }),
  // Lists every stored file: hourly is often enough (files have a day's grace).
  'sweep-orphaned-files': async ({ db, now, storage }) => ({ deleted: (await sweepOrphans(db, storage, { now })).deleted.length }),
};

/** The time-driven jobs, in the order a single run would want them (deliveries last). */
export const TIME_JOBS: readonly JobKind[] = TIME_QUEUES.map((q) => ({ ...q, run: RUNS[q.name] }));

export type WorkerOptions = {
  db: Db;
  /** Where the queue's tables are: the same database (queueTarget). */
  queue: QueueTarget;
  clock: Clock;
  adapters: JobAdapters;
  storage: FileStorage;
  /** How often each job is offered (JOBS_INTERVAL_SECONDS). */
  intervalSeconds: number;
  jobs?: readonly JobKind[];
  /** How often an idle worker looks for a job. */
  pollingIntervalSeconds?: number;
  /** How often expired jobs (their worker gone) are put back for a retry. */
  maintenanceIntervalSeconds?: number;
  log?: (line: string, detail?: unknown) => void;
};

export type Worker = {
  boss: PgBoss;
  /** Offers each job now (throttled, as the timer does). */
  offer: () => Promise<void>;
  /** Queues one run of this job now and waits for its end: an operator's "run it now". */
  runNow: (name: string) => Promise<{ state: string; output: unknown }>;
  stop: () => Promise<void>;
};

export async function startWorker(options: WorkerOptions): Promise<Worker> {
  const jobs = options.jobs ?? TIME_JOBS;
  const log = options.log ?? ((line, detail) => console.log(line, ...(detail === undefined ? [] : [detail])));
  const boss = new PgBoss({
    ...queueConnection(options.queue),
    schema: QUEUE_SCHEMA,
    // The portal's schedule is the offers below (seconds, not cron minutes); pg-boss's cron is off.
    schedule: false,
    supervise: true,
    maintenanceIntervalSeconds: options.maintenanceIntervalSeconds ?? 60,
    // Finished jobs are kept a week for operators, then deleted.
    deleteAfterDays: 7,
  });
  boss.on('error', (err) => log('[worker] queue error', err));
  await boss.start();
  try {
    for (const job of jobs) {
      // Made by the deploy step (installQueue); here only where it has not run (tests, a new kind).
      await boss.createQueue(job.name, queueOptions(job));
      await boss.work(job.name, { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 }, async ([taken]) => {
        const now = options.clock();
        const jobId = taken?.id ?? '';
        try {
          const output = await job.run({ db: options.db, now, adapters: options.adapters, storage: options.storage, jobId });
          if (Object.values(output).some((n) => n > 0)) log(`[worker] ${job.name} ${jobId} as of ${now.toISOString()}`, output);
          return output;
        } catch (err) {
          // pg-boss keeps the error on the job and retries it; the operator sees it here too.
          log(`[worker] ${job.name} ${jobId} failed`, err);
          throw err;
        }
      });
    }
  } catch (err) {
    await boss.stop({ graceful: false, wait: true, timeout: 1000 }).catch(() => undefined);
    throw err;
  }

  const offer = async () => {
    for (const job of jobs) {
      await boss.sendThrottled(job.name, {}, {}, job.everySeconds ?? options.intervalSeconds);
    }
  };
  let offering = false;
  const tick = async () => {
    if (offering) return;
    offering = true;
    try {
      await offer();
    } catch (err) {
      log('[worker] could not offer the jobs', err);
    } finally {
      offering = false;
    }
  };
  const timer = setInterval(() => void tick(), options.intervalSeconds * 1000);
  timer.unref();
  await tick();

  const runNow = async (name: string) => {
    if (!jobs.some((j) => j.name === name)) throw new Error(`No job ${name}`);
    // `stately`: while one run waits, another is refused; it is taken soon, then there is room.
    let id: string | null = null;
    while (!(id = await boss.send(name, {}))) await new Promise((r) => setTimeout(r, 100));
    for (;;) {
      const job = await boss.getJobById(name, id);
      if (job && (job.state === 'completed' || job.state === 'failed' || job.state === 'cancelled')) return { state: job.state, output: job.output };
      await new Promise((r) => setTimeout(r, 100));
    }
  };

  return {
    boss,
    offer,
    runNow,
    stop: async () => {
      clearInterval(timer);
      // Lets the runs under way finish (up to 30 s), and puts back any that could not.
      await boss.stop({ graceful: true, wait: true, timeout: 30_000 });
    },
  };
}
