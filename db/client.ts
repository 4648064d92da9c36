import 'server-only';
import { env } from '@/lib/env';
import { connect, type Connection } from './connect';
import { lockDataDir } from './lock';
import type { Db } from './types';

/*
 * The app's only way to a database. Opened lazily (never at import, or build workers would open
 * it) and memoised on globalThis (Next may evaluate this module more than once).
 */

type Holder = { __hoTichDb?: Promise<Connection> };
const holder = globalThis as unknown as Holder;

export function getConnection(): Promise<Connection> {
  holder.__hoTichDb ??= open().catch((err: unknown) => {
    holder.__hoTichDb = undefined;
    throw err;
  });
  return holder.__hoTichDb;
}

export async function getDb(): Promise<Db> {
  return (await getConnection()).db;
}

async function open(): Promise<Connection> {
  if (env.databaseUrl) return connect(env.databaseUrl);
  lockDataDir(env.dataDir);
  return connect(env.dataDir);
}
