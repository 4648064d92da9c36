import { getConnection } from '@/db/client';
import { migrate } from '@/db/migrate';
import { seedDemo, seedReference } from '@/db/seed';
import { env } from '@/lib/env';
import { population } from '@/lib/population';

/**
 * Start-up: apply migrations, load reference data into an empty database, and in demo mode the
 * demo personas and generated residents (only when the personas are missing, so restarts are
 * quick and idempotent).
 */
export async function boot() {
  const started = Date.now();
  const conn = await getConnection();
  await migrate(conn);
  await seedReference(conn.db);
  let seeded = '';
  if (env.seedDemoData && !(await population(conn.db).findPerson('001195012345'))) {
    const residents = await seedDemo(conn.db, { residents: env.generatedResidents });
    seeded = `, demo data seeded (${residents} generated residents)`;
  }
  console.log(`[boot] ${conn.driver} database ready in ${Date.now() - started} ms${seeded}`);
}
