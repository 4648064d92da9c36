import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import * as schema from './schema';
import type { Db } from './types';

/**
 * `exclusive(key, work)`: runs `work` while holding a lock no other process or instance on the same
 * database holds at the same time: a PostgreSQL session advisory lock on a reserved connection;
 * on PGlite (one process per data folder, db/lock.ts) a lock within the process.
 */
export type Connection = {
  db: Db;
  driver: 'pglite' | 'postgres';
  /** PostgreSQL's address, for a component with a driver of its own (the job queue). */
  url?: string;
  close: () => Promise<void>;
  exclusive: <T>(key: string, work: () => Promise<T>) => Promise<T>;
};

/** One chain per connection: the in-process lock of PGlite. */
function inProcessLock() {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(_key: string, work: () => Promise<T>): Promise<T> => {
    const run = tail.then(work, work);
    tail = run.catch(() => undefined);
    return run;
  };
}

/**
 * Opens a connection without any process-wide caching: the app goes through db/client.ts
 * (memoised, locked); tests and scripts call this directly with their own target.
 * `target` is a postgres:// URL, `memory://`, or a PGlite data folder.
 */
export async function connect(target: string, options: { loadDataDir?: Blob } = {}): Promise<Connection> {
  if (/^postgres(ql)?:\/\//.test(target)) {
    // The portal's queries are short index look-ups: JIT compilation and parallel workers cost
    // more than they save (docs/performance.md: JIT was 1.7 s of a 5.5 s plan, worker start-up
    // most of a 300 ms one on two busy cores). Strings: postgres.js leaves a startup value of 0 out.
    const sql = postgres(target, { max: 10, onnotice: () => {}, connection: { jit: 'off', max_parallel_workers_per_gather: '0' } });
    const exclusive = async <T>(key: string, work: () => Promise<T>): Promise<T> => {
      const reserved = await sql.reserve();
      try {
        await reserved`select pg_advisory_lock(hashtextextended(${key}, 0))`;
        try {
          return await work();
        } finally {
          await reserved`select pg_advisory_unlock(hashtextextended(${key}, 0))`;
        }
      } finally {
        reserved.release();
      }
    };
    return { db: drizzlePostgres(sql, { schema }) as unknown as Db, driver: 'postgres', url: target, close: () => sql.end(), exclusive };
  }
  if (target !== 'memory://') mkdirSync(path.resolve(target), { recursive: true });
  const client = await PGlite.create(target === 'memory://' ? undefined : path.resolve(target), {
    loadDataDir: options.loadDataDir,
  });
  return { db: drizzlePglite(client, { schema }) as unknown as Db, driver: 'pglite', close: () => client.close(), exclusive: inProcessLock() };
}
