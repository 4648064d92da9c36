import type { Connection } from '@/db/connect';
import { env } from '@/lib/env';
import { fileStorage } from '@/lib/files';
import { jobAdapters } from './adapters';
import { queueTarget } from './queue-db';
import { startWorker, type Worker } from './worker';

/** The worker as the settings configure it: the real clock, the chosen adapters and file storage (`npm run worker`, or the portal on PGlite). */
export function startConfiguredWorker(conn: Connection): Promise<Worker> {
  const clock = () => new Date();
  return startWorker({
    db: conn.db,
    queue: queueTarget(conn),
    clock,
    adapters: jobAdapters(conn.db, clock, env.adapters),
    storage: fileStorage(),
    intervalSeconds: env.jobsIntervalSeconds,
  });
}
