import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from './fixtures';

/** A port no one listens on now: the tests of this file run side by side (fullyParallel). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** Starts the production build as an operator would, and returns how it ended and what it said. */
async function start(settings: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const inherited: Record<string, string> = { ...(process.env as Record<string, string>) };
  for (const name of ['DATABASE_URL', 'DEMO_MODE', 'APP_URL', 'AUTH_SECRET']) delete inherited[name];
  const port = String(await freePort());
  const env: NodeJS.ProcessEnv = { ...inherited, NODE_ENV: 'production', ...settings, PORT: port, DATA_DIR: path.join(mkdtempSync(path.join(tmpdir(), 'prod-start-')), 'db') };
  const child = spawn('npx', ['next', 'start', '-p', port], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  return new Promise((resolve) => child.on('exit', (code: number | null) => resolve({ code, output })));
}

test('a production start with the old published AUTH_SECRET exits with a message naming the setting', async () => {
  const { code, output } = await start({ NODE_ENV: 'production', APP_URL: 'https://hotich.example.gov.vn', AUTH_SECRET: 'dev-only-secret-change-me-0123456789abcdef0123456789' });
  expect(code).toBe(1);
  expect(output).toContain('refusing to start');
  expect(output).toContain('AUTH_SECRET is a published default');
  // and everything else a production start lacks, each by name
  for (const setting of ['VNEID_CLIENT_SECRET', 'PAYMENT_SECRET', 'VNEID_ISSUER', 'POPULATION_ADAPTER']) expect(output).toContain(setting);
});

test('the demo (the simulators) does not start at an address other than localhost', async () => {
  const { code, output } = await start({ NODE_ENV: 'production', DEMO_MODE: 'true', APP_URL: 'https://hotich.example.gov.vn' });
  expect(code).toBe(1);
  expect(output).toContain('DEMO_MODE=true serves simulators and demo accounts: it is allowed on localhost only');
});
