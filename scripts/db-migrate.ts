/*
 * `npm run db:migrate`: the deploy step (issue 11). Applies the migrations and the reference data
 * to the configured database (PGlite folder or DATABASE_URL), and the demo data where demo data is
 * wanted (SEED_DEMO_DATA, on by default in demo mode), under the database-wide lock of
 * db/prepare.ts: several instances, or a deploy and an instance, may run it at once. Idempotent.
 * `npm start` runs it before the server in demo mode; production runs it before starting instances.
 */
import { connect } from '@/db/connect';
import { lockDataDir } from '@/db/lock';
import { prepareDatabase } from '@/db/prepare';
import { env } from '@/lib/env';
import { installQueue, queueTarget } from '@/lib/jobs/queue-db';
import { ensureSigningKeys } from '@/lib/signing/keys';

const target = env.databaseUrl ?? env.dataDir;
const release = env.databaseUrl ? null : lockDataDir(env.dataDir);
const started = Date.now();
const conn = await connect(target);
try {
  await ensureSigningKeys();
  const { seededResidents } = await prepareDatabase(conn, { demo: env.seedDemoData, residents: env.generatedResidents });
  // The job queue's tables (pg-boss takes its own lock for them).
  await installQueue(queueTarget(conn));
  const seeded = seededResidents === null ? '' : `, demo data seeded (${seededResidents} generated residents)`;
  console.log(`[db:migrate] ${env.databaseUrl ? 'PostgreSQL' : env.dataDir} ready in ${((Date.now() - started) / 1000).toFixed(1)} s${seeded}`);
} finally {
  await conn.close();
  release?.();
}
