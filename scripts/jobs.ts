/*
 * `npx tsx scripts/jobs.ts [--now 2026-02-23T17:00:00+07:00]`: runs the time-driven jobs once
 * (drafts confirmed by silence, outbox delivery) against the configured database, as of `--now`
 * (default: the current time), so an operator or a demo can ask "what is due at T".
 */
import { parseArgs } from 'node:util';
import { connect } from '@/db/connect';
import { lockDataDir } from '@/db/lock';
import { migrate } from '@/db/migrate';
import { env } from '@/lib/env';
import { jobAdapters, runJobs } from '@/lib/jobs';
import { fileStorage } from '@/lib/files';
import { sweepOrphans } from '@/lib/uploads/sweep';

const { values } = parseArgs({ options: { now: { type: 'string' } } });
const now = values.now ? new Date(values.now) : new Date();
if (Number.isNaN(now.getTime())) {
  console.error(`Not a date and time: ${values.now}. Example: --now 2026-02-23T17:00:00+07:00`);
  process.exit(2);
}

const target = env.databaseUrl ?? env.dataDir;
if (!env.databaseUrl) lockDataDir(env.dataDir);
const conn = await connect(target);
try {
  await migrate(conn);
  const counts = await runJobs(conn.db, { now, adapters: jobAdapters(conn.db, () => now, env.adapters) });
  const orphans = await sweepOrphans(conn.db, fileStorage(), { now });
  console.log(`Jobs as of ${now.toISOString()}:`, { ...counts, orphanedFilesDeleted: orphans.deleted.length });
} finally {
  await conn.close();
}
