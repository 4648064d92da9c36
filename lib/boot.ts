import { getConnection } from '@/db/client';
import { pendingMigrations, prepareDatabase } from '@/db/prepare';
import { env } from '@/lib/env';
import type { Connection } from '@/db/connect';
import { startConfiguredWorker } from '@/lib/jobs/start';
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
  if (conn.driver === 'pglite') await startInlineWorker(conn);
}

/**
 * The time-driven jobs (drafts confirmed by silence at their deadline, flags, outbox delivery, the
 * orphan sweep) run from the queue by a worker (lib/jobs/worker.ts). On PostgreSQL that is `npm run
 * worker`, beside the instances (`npm start` starts one). PGlite is held by this one process, so
 * here the portal runs the same worker itself.
 */
async function startInlineWorker(conn: Connection) {
  await startConfiguredWorker(conn);
}
