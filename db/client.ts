import 'server-only';
import { existsSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { env } from '@/lib/env';
import { connect, type Connection } from './connect';
import type { Db } from './types';

/*
 * The app's only way to a database. Opened lazily (never at import, or build workers would open
 * it) and memoised on globalThis (Next may evaluate this module more than once). PGlite has no
 * cross-process locking, so a pid lock file beside the data folder refuses a second process.
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
  const dataDir = path.resolve(env.dataDir);
  takeLock(`${dataDir}.lock`);
  return connect(dataDir);
}

function takeLock(lockFile: string) {
  mkdirSync(path.dirname(lockFile), { recursive: true });
  if (existsSync(lockFile)) {
    const pid = Number(readFileSync(lockFile, 'utf8').trim());
    if (pid && pid !== process.pid && isAlive(pid)) {
      throw new Error(
        `The embedded database ${lockFile.replace(/\.lock$/, '')} is in use by process ${pid}. ` +
          'Stop that process, or set DATA_DIR to another folder (PGlite cannot be shared between processes).',
      );
    }
  }
  writeFileSync(lockFile, String(process.pid));
  const release = () => {
    try {
      if (readFileSync(lockFile, 'utf8').trim() === String(process.pid)) rmSync(lockFile);
    } catch {
      // already gone
    }
  };
  process.once('exit', release);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      release();
      process.exit(0);
    });
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
