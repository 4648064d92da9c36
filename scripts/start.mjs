/*
 * `npm start`: builds the production bundle when there is none or the sources are newer than it,
 * then prepares the database (`npm run db:migrate`: migrations and demo data) and serves it with
 * `next start` (and, on PostgreSQL, the job worker), so a fresh clone needs nothing else.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { runTogether, spawnGroup } from './run-together.mjs';

const SOURCES = ['app', 'components', 'lib', 'db', 'public', 'proxy.ts', 'instrumentation.ts', 'next.config.mjs', 'package.json', 'tailwind.config.ts'];
const buildId = '.next/BUILD_ID';

function newest(p) {
  if (!existsSync(p)) return 0;
  const s = statSync(p);
  if (!s.isDirectory()) return s.mtimeMs;
  return readdirSync(p).reduce((m, f) => (f.startsWith('.data') ? m : Math.max(m, newest(path.join(p, f)))), s.mtimeMs);
}

const built = existsSync(buildId) ? statSync(buildId).mtimeMs : 0;
if (!built || SOURCES.some((s) => newest(s) > built)) {
  console.log(built ? 'Sources changed since the last build: rebuilding…' : 'No production build yet: building (about a minute)…');
  const r = spawnSync('npx', ['next', 'build'], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

// `npm start` is the demo on this machine: simulators, demo data and secrets generated for this
// installation. A production server is started with `next start` and its own settings (docs/security.md).
const env = { ...process.env, DEMO_MODE: process.env.DEMO_MODE ?? 'true' };
// The deploy step first (`npm run db:migrate`): migrations and demo data, under the database's lock.
const migrated = spawnSync('npx', ['tsx', 'scripts/db-migrate.ts'], { stdio: 'inherit', env });
if (migrated.status !== 0) process.exit(migrated.status ?? 1);
// The portal, and on PostgreSQL the job worker beside it (`npm run worker`); on the embedded
// database, which one process holds, the portal runs the jobs itself (lib/boot.ts).
const children = [spawnGroup('npx', ['next', 'start', ...process.argv.slice(2)], { stdio: 'inherit', env })];
if (env.DATABASE_URL) children.push(spawnGroup('npx', ['tsx', '--tsconfig', 'tsconfig.scripts.json', 'scripts/worker.ts'], { stdio: 'inherit', env }));
runTogether(children);
