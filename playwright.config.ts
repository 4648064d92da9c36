import { existsSync } from 'node:fs';
import { chromium, defineConfig } from '@playwright/test';

/*
 * Journeys run against the production build (`next build` first, see the test:e2e script), on a
 * fresh database per run: always on PGlite, and also on PostgreSQL when DATABASE_URL (or
 * E2E_DATABASE_URL) points at a server, as in CI.
 */

function chromiumExecutable(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    if (existsSync(chromium.executablePath())) return undefined; // Playwright's own browser
  } catch {
    // not installed
  }
  return '/usr/bin/chromium';
}

const postgresUrl = process.env.E2E_DATABASE_URL ?? process.env.DATABASE_URL;
const servers = [
  { name: 'pglite', port: 3100 },
  ...(postgresUrl ? [{ name: 'postgres', port: 3101 }] : []),
];

export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  // What the user waits for on a busy 2-core machine: a server action, a revalidated page.
  expect: { timeout: 20_000 },
  fullyParallel: false,
  workers: 2,
  // No retries: a flaky journey must fail and be fixed, not pass on a second try.
  retries: 0,
  reporter: [['list']],
  use: {
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: chromiumExecutable(),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-sync',
        '--disable-quic',
      ],
    },
  },
  projects: servers.map((s) => ({
    name: s.name,
    use: { baseURL: `http://localhost:${s.port}`, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' },
    // Every journey runs on PGlite; on PostgreSQL, those where the database matters (filing,
    // registering, issuing and who may see it; two parties and a shared slot), once each: the
    // English runs test the words, not the database. Of the two births, Lan's (the bundle, the
    // personal ID allocated) runs there. Death's database rules (locks, widowing) are proved on
    // PostgreSQL by its database tests; the route guards of authorization.spec read no data.
    ...(s.name === 'postgres' ? { testMatch: /(birth-journeys|marriage-journeys)\.spec\.ts$/, grepInvert: /\[en\]|Mỷ/ } : {}),
  })),
  webServer: servers.map((s) => ({
    command: `node scripts/e2e-server.mjs ${s.name} ${s.port}`,
    url: `http://localhost:${s.port}/api/health`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
  })),
});
