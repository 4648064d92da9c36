import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterEach, beforeAll, expect, it } from 'vitest';
import type { Connection } from '@/db/connect';
import { selectApplication, selectEvents } from '@/db/queries/applications';
import { seedPersonas } from '@/db/seed/personas';
import { describeEachDatabase } from '@/db/testing';
import type { Db } from '@/db/types';
import { at, birthDraftReturnedBeforeTet } from '@/lib/applications/test-fixtures';
import { createLocalDiskStorage } from '@/lib/uploads/storage';
import { mockAdapters } from './adapters';
import PgBoss from 'pg-boss';
import { QUEUE_SCHEMA, queueConnection, queueTarget } from './queue-db';
import { queueOptions } from './queues';
import { startWorker, type JobKind, type Worker } from './worker';

/** Resolves when `check` does, looking again every 50 ms: what the test waits for, not a fixed time. */
async function until<T>(check: () => Promise<T | undefined | null | false>): Promise<T> {
  for (;;) {
    const value = await check();
    if (value) return value;
    await new Promise((r) => setTimeout(r, 50));
  }
}

type JobRow = { id: string; state: string; retry_count: number };
async function jobsOf(db: Db, name: string): Promise<JobRow[]> {
  const result = (await db.execute(sql`select id, state, retry_count from pgboss.job where name = ${name} order by created_on`)) as unknown;
  return (Array.isArray(result) ? result : (result as { rows: JobRow[] }).rows) as JobRow[];
}

const started: Worker[] = [];
afterEach(async () => {
  await Promise.all(started.splice(0).map((w) => w.stop()));
});

function start(conn: Connection, options: { jobs?: readonly JobKind[]; clock?: () => Date; intervalSeconds?: number } = {}) {
  const clock = options.clock ?? (() => new Date());
  const db = conn.db;
  return startWorker({
    db,
    queue: queueTarget(conn),
    clock,
    adapters: mockAdapters(db, clock),
    storage: createLocalDiskStorage(mkdtempSync(path.join(tmpdir(), 'hotich-worker-'))),
    intervalSeconds: options.intervalSeconds ?? 3600,
    jobs: options.jobs,
    pollingIntervalSeconds: 0.5,
    maintenanceIntervalSeconds: 1,
    log: (line, detail) => { if (line.includes('error')) console.error(line, detail); },
  }).then((w) => (started.push(w), w));
}

describeEachDatabase('the job worker: a PostgreSQL-backed queue shared by every instance', (db, conn) => {
  beforeAll(async () => {
    await seedPersonas(db());
  });

  it('runs each job once with two workers: the periodic offers of both make one job; ten jobs sent to a shared queue run ten times, each on one worker', async () => {
    const offered: string[] = [];
    const periodic: JobKind = { name: 'test-periodic', everySeconds: 43_200, expireInSeconds: 60, run: async ({ jobId }) => (offered.push(jobId), { ran: 1 }) };
    const runs: string[] = [];
    const shared: JobKind = { name: 'test-shared', policy: 'standard', everySeconds: 43_200, expireInSeconds: 60, run: async ({ jobId }) => (runs.push(jobId), { ran: 1 }) };
    const a = await start(conn(), { jobs: [periodic, shared] });
    const b = await start(conn(), { jobs: [periodic, shared] });
    await a.offer();
    await b.offer();
    const done = (name: string) =>
      until(async () => {
        const jobs = await jobsOf(db(), name);
        return jobs.length > 0 && jobs.every((j) => j.state === 'completed') && jobs;
      });
    expect((await done('test-periodic')).map((j) => j.id)).toEqual(offered);
    expect(offered).toHaveLength(1);

    const sent = await Promise.all(Array.from({ length: 10 }, (_, i) => (i % 2 ? a : b).boss.send('test-shared', { i })));
    expect(sent.every(Boolean)).toBe(true);
    await until(async () => (await jobsOf(db(), 'test-shared')).filter((j) => j.state === 'completed').length === 11);
    // The offer's job and the ten sent, each run once (SELECT … FOR UPDATE SKIP LOCKED).
    expect([...runs].sort()).toEqual((await jobsOf(db(), 'test-shared')).map((j) => j.id).sort());
    expect(new Set(runs).size).toBe(11);
  });

  it('retries a job whose worker died mid-run: no one finishes it, it expires, and another worker runs it', async () => {
    const calls: string[] = [];
    const crashing: JobKind = { name: 'test-crash', everySeconds: 43_200, expireInSeconds: 1, retryDelaySeconds: 0, policy: 'standard', run: async ({ jobId }) => (calls.push(jobId), { done: 1 }) };
    // The dead worker: it took the job (now active) and will never finish it, nor time it out.
    const dead = new PgBoss({ ...queueConnection(queueTarget(conn())), schema: QUEUE_SCHEMA, schedule: false, supervise: false });
    await dead.start();
    await dead.createQueue('test-crash', queueOptions(crashing));
    const id = (await dead.send('test-crash', { crash: true }))!;
    const [taken] = await dead.fetch('test-crash');
    expect(taken?.id).toBe(id);
    // Another worker, whose maintenance puts expired runs back for a retry.
    const b = await start(conn(), { jobs: [crashing] });
    const job = await until(async () => {
      const j = await b.boss.getJobById('test-crash', id);
      return j?.state === 'completed' ? j : null;
    });
    expect(calls.filter((c) => c === id)).toHaveLength(1);
    expect(job.retryCount).toBe(1);
    await dead.stop({ graceful: false, wait: true, timeout: 1000 });
  });

  it('Art. 6(3): a draft due at 17:00 is confirmed by silence by the run at 17:00, not by the run at 16:59', async () => {
    const { id, returned } = await birthDraftReturnedBeforeTet(db());
    expect(returned.confirmationDeadline).toEqual(at('2026-02-23T17:00'));

    let now = at('2026-02-23T16:59');
    const worker = await start(conn(), { clock: () => now });
    expect(await worker.runNow('confirm-expired-drafts')).toMatchObject({ state: 'completed', output: { confirmed: 0, failed: 0 } });
    expect(await selectApplication(db(), id, { system: true })).toMatchObject({ status: 'awaitingApplicantConfirmation' });

    now = at('2026-02-23T17:00');
    expect(await worker.runNow('confirm-expired-drafts')).toMatchObject({ state: 'completed', output: { confirmed: 1, failed: 0 } });
    expect(await selectApplication(db(), id, { system: true })).toMatchObject({ status: 'awaitingRegistration', confirmation: 'timeout' });
    expect((await selectEvents(db(), id)).filter((e) => e.action === 'confirmBySilence')).toHaveLength(1);
    // The applicant's notice goes out with the next delivery run.
    expect(await worker.runNow('deliver-outbox')).toMatchObject({ state: 'completed' });
  });
});
