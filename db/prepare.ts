import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { Connection } from './connect';
import { migrate, MIGRATIONS_FOLDER } from './migrate';
import { seedDemo, seedReference } from './seed';
import { population } from '../lib/population';

/*
 * The deploy step (`npm run db:migrate`; issue 11): migrations, reference data, and in demo mode
 * the demo personas and generated residents. Held under one lock for the whole database, so two
 * instances (or an instance and the step) starting together do not race: the second waits, then
 * finds everything done. Idempotent.
 */
export async function prepareDatabase(conn: Connection, options: { demo: boolean; residents: number }): Promise<{ seededResidents: number | null }> {
  return conn.exclusive('hotich:prepare-database', async () => {
    await migrate(conn);
    await seedReference(conn.db);
    if (options.demo && !(await population(conn.db).findPerson('001195012345'))) return { seededResidents: await seedDemo(conn.db, { residents: options.residents }) };
    return { seededResidents: null };
  });
}

/** How many committed migrations the database has not applied (a production start refuses then). */
export async function pendingMigrations(conn: Connection): Promise<number> {
  const journal = JSON.parse(readFileSync(path.join(MIGRATIONS_FOLDER, 'meta', '_journal.json'), 'utf8')) as { entries: unknown[] };
  const exists = await conn.db.execute(sql`select to_regclass('drizzle.__drizzle_migrations') is not null as present`);
  const present = (rowsOf(exists)[0] as { present?: boolean } | undefined)?.present === true;
  if (!present) return journal.entries.length;
  const applied = await conn.db.execute(sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
  return Math.max(0, journal.entries.length - Number((rowsOf(applied)[0] as { n?: number } | undefined)?.n ?? 0));
}

/** postgres.js returns the rows, PGlite an object holding them. */
function rowsOf(result: unknown): unknown[] {
  return Array.isArray(result) ? result : ((result as { rows?: unknown[] }).rows ?? []);
}
