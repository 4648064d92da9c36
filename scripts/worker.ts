/*
 * `npm run worker`: the job worker (lib/jobs/worker.ts, docs/decisions/0017-job-queue.md). Runs the
 * time-driven jobs from the PostgreSQL-backed queue, beside any number of portal instances and
 * other workers on the same database: each job runs once. `npm start` starts it on PostgreSQL;
 * on the embedded database (one process) the portal runs the same worker inside itself.
 * Stops gracefully on SIGTERM/SIGINT: runs under way finish, or are retried by another worker.
 */
import { connect } from '@/db/connect';
import { lockDataDir } from '@/db/lock';
import { pendingMigrations } from '@/db/prepare';
import { env } from '@/lib/env';
import { startConfiguredWorker } from '@/lib/jobs/start';

const target = env.databaseUrl ?? env.dataDir;
// PGlite: only when no portal holds the folder (it runs the jobs itself then).
if (!env.databaseUrl) lockDataDir(env.dataDir);
const conn = await connect(target);
const pending = await pendingMigrations(conn);
if (pending > 0) {
  console.error(`[worker] refusing to start: the database lacks ${pending} migration(s). Run the deploy step \`npm run db:migrate\` first (docs/deploy.md).`);
  await conn.close();
  process.exit(1);
}
const worker = await startConfiguredWorker(conn);
console.log(`[worker] ready on ${conn.driver === 'postgres' ? 'PostgreSQL' : env.dataDir}: jobs offered every ${env.jobsIntervalSeconds} s`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    void worker
      .stop()
      .then(() => conn.close())
      .then(() => process.exit(0));
  });
}
