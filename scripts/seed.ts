/* `npm run db:seed`: migrate and seed the configured database (PGlite folder or DATABASE_URL). */
import { connect } from '@/db/connect';
import { lockDataDir } from '@/db/lock';
import { migrate } from '@/db/migrate';
import { seedDemo, seedReference } from '@/db/seed';
import { env } from '@/lib/env';

const target = env.databaseUrl ?? env.dataDir;
if (!env.databaseUrl) lockDataDir(env.dataDir);
const started = Date.now();
const conn = await connect(target);
await migrate(conn);
await seedReference(conn.db);
const added = await seedDemo(conn.db, { residents: env.generatedResidents });
await conn.close();
console.log(`Seeded ${env.databaseUrl ? 'PostgreSQL' : env.dataDir}: ${added} new residents in ${((Date.now() - started) / 1000).toFixed(1)} s`);
