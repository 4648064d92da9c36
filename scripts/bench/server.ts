/*
 * The production build, started for P2 and P4 (issue 11) as `npm start` would start it on
 * PostgreSQL: a fresh database (`npm run db:migrate` in demo mode: migrations, reference and demo
 * data), then `next start` in a process group of its own, stopped as a whole at the end.
 * The build itself is the caller's: run `npx next build` first (the bench refuses a missing one).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext } from '@playwright/test';
import postgres from 'postgres';
import { DEMO_TOTP_SECRET } from '@/db/seed/personas';
import { withDatabase } from '@/db/testing/config';
import { codeAt } from '@/lib/auth/totp';

export type BenchServer = { base: string; port: number; databaseUrl: string; stop: () => Promise<void>; output: () => string };

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'];

/** Refuses to measure without a production build (it does not check that the build is newer than the sources: build first). */
export function requireBuild() {
  if (!existsSync('.next/BUILD_ID')) {
    throw new Error('P2 and P4 measure the production build: run `npx next build` first (no .next/BUILD_ID).');
  }
}

export async function startServer(serverUrl: string, port: number): Promise<BenchServer> {
  requireBuild();
  const name = `bench_http_${randomUUID().slice(0, 8)}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE ${name}`);
  const databaseUrl = withDatabase(serverUrl, name);
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-http-'));
  const inherited: Record<string, string> = { ...(process.env as Record<string, string>) };
  for (const v of ['APP_URL', 'AUTH_SECRET', 'VNEID_ISSUER', 'VNEID_CLIENT_SECRET', 'PAYMENT_SECRET']) delete inherited[v];
  // Secrets, keys and files of this run only: nothing of the installation's .data is touched.
  const env = {
    ...inherited, DEMO_MODE: 'true', DATABASE_URL: databaseUrl, PORT: String(port),
    SECRETS_FILE: path.join(dir, 'secrets.json'), KEYS_DIR: path.join(dir, 'keys'), FILES_DIR: path.join(dir, 'files'), DATA_DIR: path.join(dir, 'pglite'),
  } as unknown as NodeJS.ProcessEnv;
  const drop = async () => {
    await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
    rmSync(dir, { recursive: true, force: true });
  };
  console.error(`[server] ${name}: npm run db:migrate (demo mode)`);
  const migrated = spawnSync('npx', ['tsx', 'scripts/db-migrate.ts'], { env, encoding: 'utf8' });
  if (migrated.status !== 0) {
    await drop();
    throw new Error(`db:migrate failed:\n${migrated.stdout}\n${migrated.stderr}`);
  }
  console.error(`[server] ${migrated.stdout.trim()}`);
  const child: ChildProcess = spawn('npx', ['next', 'start', '-p', String(port)], { env: { ...env, NODE_ENV: 'production' }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const base = `http://localhost:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.pid !== undefined) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      try {
        process.kill(-child.pid, 'SIGTERM');
        await exited;
      } catch {
        // already gone
      }
    }
    await drop();
  };
  for (const started = Date.now(); ; ) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`next start exited (${child.exitCode}):\n${output}`);
    }
    try {
      if ((await fetch(`${base}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() - started > 120_000) {
      await stop();
      throw new Error(`next start did not answer in 2 minutes:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  console.error(`[server] ${base} up (next start, process group ${child.pid})`);
  return { base, port, databaseUrl, stop, output: () => output };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/** The Cookie header of a browser context for the server. */
export async function cookieHeader(context: BrowserContext, base: string): Promise<string> {
  return (await context.cookies(base)).map((c) => `${c.name}=${c.value}`).join('; ');
}

/** A citizen signed in through the VNeID simulator, picking a demo persona, as the journeys do (e2e/fixtures.ts). */
export async function signInCitizen(browser: Browser, base: string, fullName: string): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL: base, timezoneId: 'Asia/Ho_Chi_Minh' });
  const page = await context.newPage();
  await page.goto('/sign-in?callbackUrl=%2Fapplications');
  await page.getByRole('button', { name: /^(Đăng nhập bằng VNeID|Sign in with VNeID)$/ }).click();
  await page.getByRole('button', { name: new RegExp(fullName) }).click();
  await page.waitForURL((url) => url.pathname === '/applications');
  await page.close();
  return context;
}

/** An office user signed in with the password and the demo second factor (the database is fresh: the code is unused). */
export async function signInOffice(browser: Browser, base: string, username: string): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL: base, timezoneId: 'Asia/Ho_Chi_Minh' });
  const page = await context.newPage();
  await page.goto('/office/sign-in');
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill('HoTich@2026');
  await page.getByLabel('Mã xác thực').fill(codeAt(DEMO_TOTP_SECRET, new Date()));
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL((url) => url.pathname === '/office');
  await page.close();
  return context;
}
