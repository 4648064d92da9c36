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
  // A journey's budget, with margin for a busy 2-core machine (another build running beside it):
  // each step waits for what the user would see (expect's timeout below), never for a fixed time.
  timeout: 180_000,
  // What the user waits for on a busy 2-core machine: a server action, a revalidated page.
  expect: { timeout: 30_000 },
  // Tests of one file spread over both workers too: every journey uses its own dossier codes and
  // names, so none depends on another's order (the authorization walk is serial by its describe).
  fullyParallel: true,
  workers: 2,
  // No retries: a flaky journey must fail and be fixed, not pass on a second try.
  retries: 0,
  reporter: [['list']],
  use: {
    // Recording a trace costs a fifth of the suite's time on a 2-core machine, failure or not; a
    // failure keeps its screenshot, and `npx playwright test --trace retain-on-failure` records one.
    trace: 'off',
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
    // Every journey runs on PGlite. On PostgreSQL, the one where the server's concurrency matters
    // most: the marriage (two parties, one shared slot per registry), in Vietnamese. The other
    // procedures' database rules (personal IDs allocated at birth, death locks, the register's
    // constraints, payments) are proved on PostgreSQL by their database tests, which keeps CI under
    // 20 minutes as journeys multiply.
    // And the scale-out proof (issue 11): two instances and a worker on one PostgreSQL, started by the journey itself.
    ...(s.name === 'postgres' ? { testMatch: /(marriage-journeys|two-instances)\.spec\.ts$/, grepInvert: /\[en\]/ } : { testIgnore: /two-instances\.spec\.ts$/ }),
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
