import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import postgres from 'postgres';
import { connect } from '../connect';
import { migrate } from '../migrate';
import { seedReference } from '../seed';
import { PG_TEMPLATE_DB, PGLITE_TEMPLATE, TEST_DATABASE_URL, withDatabase } from './config';

/*
 * Vitest global setup: migrate and load reference data once, into a PGlite dump and (when
 * TEST_DATABASE_URL is set) a PostgreSQL template database; each test file then starts from a
 * fresh copy in well under a second.
 */
export default async function setup() {
  mkdirSync(path.dirname(PGLITE_TEMPLATE), { recursive: true });
  const lite = await connect('memory://');
  await migrate(lite);
  await seedReference(lite.db);
  const client = (lite as unknown as { db: { $client: { dumpDataDir: (c: 'gzip') => Promise<Blob> } } }).db.$client;
  const dump = await client.dumpDataDir('gzip');
  writeFileSync(PGLITE_TEMPLATE, Buffer.from(await dump.arrayBuffer()));
  await lite.close();

  if (TEST_DATABASE_URL) {
    const admin = postgres(TEST_DATABASE_URL, { max: 1, onnotice: () => {} });
    await admin.unsafe(`DROP DATABASE IF EXISTS ${PG_TEMPLATE_DB} WITH (FORCE)`);
    await admin.unsafe(`CREATE DATABASE ${PG_TEMPLATE_DB}`);
    const pg = await connect(withDatabase(TEST_DATABASE_URL, PG_TEMPLATE_DB));
    await migrate(pg);
    await seedReference(pg.db);
    await pg.close();
    await admin.end();
  }
}
