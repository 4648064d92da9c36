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
import { queueTarget } from './queue-db';
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

  it('runs each job exactly once with two workers: the periodic offer of both makes one job, and ten sent jobs run ten times', async () => {
    const runs: string[] = [];
    const counting: JobKind = { name: 'test-count', expireInSeconds: 60, run: async ({ jobId }) => (runs.push(jobId), { ran: 1 }) };
    const all = () => jobsOf(db(), 'test-count');
    const a = await start(conn(), { jobs: [counting] });
    const b = await start(conn(), { jobs: [counting] });
    await a.offer();
    await b.offer();
    await until(async () => {
      const jobs = await all();
      return jobs.length > 0 && jobs.every((j) => j.state === 'completed');
    });
    expect(await all()).toHaveLength(1);
    expect(runs).toEqual((await all()).map((j) => j.id));

    const sent = await Promise.all(Array.from({ length: 10 }, (_, i) => (i % 2 ? a : b).boss.send('test-count', { i })));
    const accepted = sent.filter((id): id is string => id !== null);
    expect(accepted.length).toBeGreaterThan(0);
    await until(async () => (await all()).every((j) => j.state === 'completed'));
    // Every job made ran once, on one worker or the other; a send while one run already waits is
    // refused (`stately`), never doubled.
    expect([...runs].sort()).toEqual((await all()).map((j) => j.id).sort());
    expect(new Set(runs).size).toBe(runs.length);
    expect(runs).toHaveLength(1 + accepted.length);
  });

  it('retries a job whose worker died mid-run: it expires and another worker finishes it', async () => {
    let release: () => void = () => {};
    const hung = new Promise<void>((r) => (release = r));
    const calls: string[] = [];
    const crashing: JobKind = {
      name: 'test-crash', expireInSeconds: 1, retryDelaySeconds: 0,
      run: async () => {
        calls.push(calls.length === 0 ? 'first, never finishes' : 'retry');
        if (calls.length === 1) await hung;
        return { done: 1 };
      },
    };
    // Worker A offers the job as it starts, and takes it.
    const a = await start(conn(), { jobs: [crashing] });
    await until(async () => calls.length === 1);
    const [{ id }] = (await jobsOf(db(), 'test-crash')) as [JobRow];
    // The worker that took it is gone (it looks for no more jobs, and never finishes this one).
    await a.boss.offWork('test-crash');
    const b = await start(conn(), { jobs: [crashing] });
    const job = await until(async () => {
      const j = await b.boss.getJobById('test-crash', id);
      return j?.state === 'completed' ? j : null;
    });
    expect(calls).toEqual(['first, never finishes', 'retry']);
    expect(job.retryCount).toBe(1);
    release();
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
