import { getConnection } from '@/db/client';
import { pendingMigrations, prepareDatabase } from '@/db/prepare';
import { env } from '@/lib/env';
import { jobAdapters, runJobs } from '@/lib/jobs';
import { fileStorage } from '@/lib/files';
import { sweepOrphans } from '@/lib/uploads/sweep';
import { ensureSigningKeys } from '@/lib/signing/keys';

/**
 * Start-up. In demo mode (one machine, `npm start`), the database is prepared here too (migrations,
 * reference data, the demo personas: db/prepare.ts, under its lock, quick once done). In
 * production that is the deploy step `npm run db:migrate`, run before the instances start; an
 * instance whose database lacks a migration refuses to start rather than run on the wrong schema.
 */
export async function boot() {
  const started = Date.now();
  const conn = await getConnection();
  // Demo: makes the signing keys once; otherwise a missing key stops the start.
  await ensureSigningKeys();
  let seeded = '';
  if (env.demoMode) {
    const { seededResidents } = await prepareDatabase(conn, { demo: env.seedDemoData, residents: env.generatedResidents });
    if (seededResidents !== null) seeded = `, demo data seeded (${seededResidents} generated residents)`;
  } else {
    const pending = await pendingMigrations(conn);
    if (pending > 0) throw new Error(`[boot] refusing to start: the database lacks ${pending} migration(s). Run the deploy step \`npm run db:migrate\` first (docs/deploy.md).`);
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
  // The orphan sweep lists every stored file: hourly is often enough (files have a day's grace).
  let swept = 0;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const now = new Date();
      const counts = await runJobs(db, { now, adapters: jobAdapters(db, () => new Date(), env.adapters) });
      if (counts.confirmedBySilence || counts.delayed || counts.delivered || counts.deliveryFailures || counts.confirmationFailures) console.log('[jobs]', counts);
      if (now.getTime() - swept >= 3600_000) {
        swept = now.getTime();
        const { deleted } = await sweepOrphans(db, fileStorage(), { now });
        if (deleted.length > 0) console.log(`[jobs] ${deleted.length} orphaned files deleted`);
      }
    } catch (err) {
      console.error('[jobs] failed', err);
    } finally {
      running = false;
    }
  };
  setInterval(() => void tick(), env.jobsIntervalSeconds * 1000).unref();
  void tick();
}
