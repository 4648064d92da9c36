import { getConnection } from '@/db/client';
import { migrate } from '@/db/migrate';
import { seedDemo, seedReference } from '@/db/seed';
import { env } from '@/lib/env';
import { population } from '@/lib/population';
import { jobAdapters, runJobs } from '@/lib/jobs';
import { ensureSigningKeys } from '@/lib/signing/keys';

/**
 * Start-up: apply migrations, load reference data into an empty database, and in demo mode the
 * demo personas and generated residents (only when the personas are missing, so restarts are
 * quick and idempotent).
 */
export async function boot() {
  const started = Date.now();
  const conn = await getConnection();
  await migrate(conn);
  // Demo: makes the signing keys once; otherwise a missing key stops the start.
  await ensureSigningKeys();
  await seedReference(conn.db);
  let seeded = '';
  if (env.seedDemoData && !(await population(conn.db).findPerson('001195012345'))) {
    const residents = await seedDemo(conn.db, { residents: env.generatedResidents });
    seeded = `, demo data seeded (${residents} generated residents)`;
  }
  console.log(`[boot] ${conn.driver} database ready in ${Date.now() - started} ms${seeded}`);
  startScheduler(conn.db);
}

/**
 * The time-driven jobs (drafts confirmed by silence at their deadline, outbox delivery) run in
 * the server every JOBS_INTERVAL_SECONDS (30 s by default). `npm run jobs -- --now <time>` runs the same jobs once, for operators and
 * tests; with PGlite only one process may hold the database, so then the server must be stopped.
 */
function startScheduler(db: Awaited<ReturnType<typeof getConnection>>['db']) {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const now = new Date();
      const counts = await runJobs(db, { now, adapters: jobAdapters(db, () => new Date(), env.adapters) });
      if (counts.confirmedBySilence || counts.delayed || counts.delivered || counts.deliveryFailures || counts.confirmationFailures) console.log('[jobs]', counts);
    } catch (err) {
      console.error('[jobs] failed', err);
    } finally {
      running = false;
    }
  };
  setInterval(() => void tick(), env.jobsIntervalSeconds * 1000).unref();
  void tick();
}
