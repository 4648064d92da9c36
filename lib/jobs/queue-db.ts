import PgBoss from 'pg-boss';
import type { Connection } from '@/db/connect';
import type { Db } from '@/db/types';
import { queueOptions, TIME_QUEUES } from './queues';

/*
 * Where the job queue (pg-boss) keeps its tables. On PostgreSQL, its own small pool to the same
 * database (node-postgres, its driver). On PGlite, which one process holds, the portal's own
 * connection through pg-boss's `db` option: drizzle keeps PGlite as `$client`. pg-boss sends its
 * maintenance as one text of several statements (BEGIN; …; COMMIT) without parameters: those go to
 * `exec`.
 */

type Pglite = { query: (text: string, values?: unknown[]) => Promise<{ rows: unknown[] }>; exec: (text: string) => Promise<{ rows: unknown[] }[]> };

function isPglite(client: unknown): client is Pglite {
  return typeof (client as Pglite | undefined)?.query === 'function' && typeof (client as Pglite | undefined)?.exec === 'function';
}

export const QUEUE_SCHEMA = 'pgboss';

export type QueueTarget = { connectionString: string } | { db: Db };

/** The queue beside this connection's database. */
export function queueTarget(conn: Connection): QueueTarget {
  if (conn.driver === 'postgres') {
    if (!conn.url) throw new Error('A PostgreSQL connection without its address');
    return { connectionString: conn.url };
  }
  return { db: conn.db };
}

export function queueConnection(target: QueueTarget): PgBoss.DatabaseOptions {
  if ('connectionString' in target) return { connectionString: target.connectionString, max: 3, application_name: 'hotich-worker' };
  return { db: queueDb(target.db) };
}

/** The queue on a PGlite database's own connection. */
export function queueDb(db: Db): PgBoss.Db {
  const client = (db as unknown as { $client?: unknown }).$client;
  if (!isPglite(client)) throw new Error('On PostgreSQL the job queue takes the connection string (queueConnection)');
  return {
    async executeSql(text, values) {
      if (values && values.length > 0) return { rows: (await client.query(text, values)).rows };
      try {
        const results = await client.exec(text);
        return { rows: results.at(-1)?.rows ?? [] };
      } catch (err) {
        // Its own BEGIN … COMMIT failed midway: end the transaction, or the portal's one session
        // would stay aborted for every query after it.
        await client.exec('ROLLBACK').catch(() => undefined);
        throw err;
      }
    },
  };
}

/**
 * Creates or upgrades the queue's tables (schema `pgboss`) and the portal's queues, with their
 * settings: part of the deploy step, run by the database's owner, so instances and workers need no
 * right to create tables (a queue is a partition of `pgboss.job`).
 */
export async function installQueue(queue: QueueTarget): Promise<void> {
  const boss = new PgBoss({ ...queueConnection(queue), schema: QUEUE_SCHEMA, schedule: false, supervise: false, migrate: true });
  await boss.start();
  try {
    for (const q of TIME_QUEUES) {
      await boss.createQueue(q.name, queueOptions(q));
      await boss.updateQueue(q.name, queueOptions(q));
    }
  } finally {
    await boss.stop({ graceful: true, wait: true, timeout: 1000 });
  }
}
