import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { describe, expect, it } from 'vitest';
import { connect, type Connection } from './connect';
import { pendingMigrations, prepareDatabase } from './prepare';
import { countRegistries } from './queries/reference';
import { TEST_DATABASE_URL, withDatabase } from './testing/config';

/*
 * The deploy step (issue 11): two instances starting together on an empty database both get a
 * migrated, seeded one, the work done once (the second waits on the lock, then finds it done).
 */
async function emptyDatabases(): Promise<{ name: string; open: () => Promise<Connection>; drop: () => Promise<void> }[]> {
  const pglite = { name: 'pglite', open: () => connect('memory://'), drop: async () => {} };
  const url = TEST_DATABASE_URL;
  if (!url) return [pglite];
  const database = `hotich_prepare_${randomBytes(4).toString('hex')}`;
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE ${database}`);
  return [
    pglite,
    {
      name: 'postgres',
      open: () => connect(withDatabase(url, database)),
      drop: async () => {
        await admin.unsafe(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
        await admin.end();
      },
    },
  ];
}

describe('the deploy step: migrations and seeding under one lock', () => {
  it('two instances preparing an empty database at once both succeed, and the migrations and reference data are applied once', async () => {
    for (const target of await emptyDatabases()) {
      // On PostgreSQL two connections (two instances); PGlite has one process per folder, so one.
      const first = await target.open();
      const second = target.name === 'postgres' ? await target.open() : first;
      try {
        expect(await pendingMigrations(first), target.name).toBeGreaterThan(15);
        const [a, b] = await Promise.all([prepareDatabase(first, { demo: false, residents: 0 }), prepareDatabase(second, { demo: false, residents: 0 })]);
        expect([a, b], target.name).toEqual([{ seededResidents: null }, { seededResidents: null }]);
        expect(await pendingMigrations(second), target.name).toBe(0);
        expect(await countRegistries(first.db), target.name).toBeGreaterThan(3000);
      } finally {
        if (second !== first) await second.close();
        await first.close();
        await target.drop();
      }
    }
  }, 120_000);
});
