import { sql } from 'drizzle-orm';
import type { Connection } from '@/db/connect';
import { countRegistries } from '@/db/queries/reference';

/** Database reachability for /api/health: a round trip and the reference data being present. */
export async function checkHealth(getConnection: () => Promise<Connection>) {
  const started = performance.now();
  try {
    const conn = await getConnection();
    await conn.db.execute(sql`select 1`);
    const registries = await countRegistries(conn.db);
    return { ok: registries > 0, database: { driver: conn.driver, reachable: true, registries, latencyMs: Math.round(performance.now() - started) } };
  } catch (err) {
    // The details go to the server log, not to the public.
    console.error('[health] database unreachable', err);
    return { ok: false, database: { reachable: false } };
  }
}
