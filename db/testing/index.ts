import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import postgres from 'postgres';
import { afterAll, beforeAll, describe } from 'vitest';
import { connect, type Connection } from '../connect';
import type { Db } from '../types';
import { PG_TEMPLATE_DB, PGLITE_TEMPLATE, TEST_DATABASE_URL, withDatabase } from './config';

/**
 * Runs a database suite on a fresh PGlite and, when TEST_DATABASE_URL is set, again on a fresh
 * PostgreSQL database. Both start migrated with reference data (see global-setup.ts).
 */
export function describeEachDatabase(name: string, suite: (db: () => Db, connection: () => Connection) => void) {
  const targets: ('pglite' | 'postgres')[] = TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
  for (const target of targets) {
    describe(`${name} [${target}]`, () => {
      let conn: Connection | undefined;
      let cleanup: (() => Promise<void>) | undefined;
      beforeAll(async () => {
        if (target === 'pglite') {
          const dump = new Blob([readFileSync(PGLITE_TEMPLATE)]);
          conn = await connect('memory://', { loadDataDir: dump });
        } else {
          const database = `hotich_test_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
          const admin = postgres(TEST_DATABASE_URL!, { max: 1, onnotice: () => {} });
          await admin.unsafe(`CREATE DATABASE ${database} TEMPLATE ${PG_TEMPLATE_DB}`);
          conn = await connect(withDatabase(TEST_DATABASE_URL!, database));
          cleanup = async () => {
            await admin.unsafe(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
            await admin.end();
          };
        }
      });
      afterAll(async () => {
        await conn?.close();
        await cleanup?.();
      });
      const connection = () => {
        if (!conn) throw new Error('database not ready');
        return conn;
      };
      suite(() => connection().db, connection);
    });
  }
}
