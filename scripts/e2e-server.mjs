/*
 * Starts the production build for the Playwright journeys on a fresh database:
 *   node scripts/e2e-server.mjs pglite 3100     → a new PGlite folder under .data/
 *   node scripts/e2e-server.mjs postgres 3101   → a recreated database on the server of
 *                                                 E2E_DATABASE_URL or DATABASE_URL
 */
import { spawn, spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import postgres from 'postgres';
import { runTogether } from './run-together.mjs';

const [mode, port] = process.argv.slice(2);
// Agencies answer through the outbox: the journeys wait for those answers as a user would, and the
// server looks for them every 3 s instead of 30 s.
const env = { ...process.env, PORT: port, NODE_ENV: 'production', DEMO_MODE: 'true', JOBS_INTERVAL_SECONDS: '3' };
delete env.APP_URL;
delete env.VNEID_ISSUER;

if (mode === 'pglite') {
  delete env.DATABASE_URL;
  env.DATA_DIR = `.data/e2e-${port}`;
  rmSync(env.DATA_DIR, { recursive: true, force: true });
  rmSync(`${env.DATA_DIR}.lock`, { force: true });
} else if (mode === 'postgres') {
  const serverUrl = process.env.E2E_DATABASE_URL ?? process.env.DATABASE_URL;
  if (!serverUrl) throw new Error('Set DATABASE_URL or E2E_DATABASE_URL for the PostgreSQL journeys');
  const database = `hotich_e2e_${port}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  await admin.unsafe(`CREATE DATABASE ${database}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  env.DATABASE_URL = url.toString();
} else {
  throw new Error(`Unknown mode ${mode}`);
}

// On PostgreSQL the jobs run in a worker process beside the portal, as `npm start` runs them,
// after the deploy step (the worker refuses a database without its migrations).
if (mode === 'postgres') {
  const migrated = spawnSync('npx', ['tsx', 'scripts/db-migrate.ts'], { env, stdio: 'inherit' });
  if (migrated.status !== 0) process.exit(migrated.status ?? 1);
}
// In this process's group: Playwright stops the journeys' servers by stopping that group.
const children = [spawn('npx', ['next', 'start', '-p', port], { env, stdio: 'inherit' })];
if (mode === 'postgres') children.push(spawn('npx', ['tsx', '--tsconfig', 'tsconfig.scripts.json', 'scripts/worker.ts'], { env, stdio: 'inherit' }));
runTogether(children);
