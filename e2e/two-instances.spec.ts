import { randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import { startS3Server } from '../lib/uploads/testing/s3-server';
import { expect, test } from './fixtures';
import { issuedBirth } from './issued-birth';
import { LABELS } from './labels';
import { finished, freePort, startProcess, stopServer, whenHealthy, type Started } from './servers';

/*
 * Issue 11's proof: the portal beyond one machine. Two instances of the production build and two
 * job workers share one PostgreSQL database and one S3-protocol bucket (s3rver), and a round-robin
 * proxy sends each request to the other instance in turn, as a load balancer without sticky
 * sessions would. A birth is filed, reviewed, confirmed, registered, signed and verified across
 * them; the workers deliver every message the journey queued, each exactly once.
 */

const serverUrl = process.env.E2E_DATABASE_URL ?? process.env.DATABASE_URL ?? process.env.TEST_DATABASE_URL;

/** A load balancer in miniature: each request to the next upstream in turn; counts who served what. */
function roundRobin(upstreams: number[]): Promise<{ server: Server; served: number[]; port: number }> {
  const served: number[] = [];
  let next = 0;
  const server = createServer((req, res) => {
    const i = next++ % upstreams.length;
    served[i] = (served[i] ?? 0) + 1;
    const forward = request({ host: '127.0.0.1', port: upstreams[i], method: req.method, path: req.url, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    forward.on('error', () => {
      res.writeHead(502);
      res.end();
    });
    req.pipe(forward);
  });
  // Listening before the instances choose their ports, so none takes this one.
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve({ server, served, port: (server.address() as AddressInfo).port }));
  });
}

test.describe('two portal instances and two workers on one PostgreSQL', () => {
  test.skip(!serverUrl, 'needs a PostgreSQL server (DATABASE_URL or TEST_DATABASE_URL)');

  const database = `hotich_two_${randomUUID().replace(/-/g, '').slice(0, 10)}`;
  let admin: postgres.Sql;
  let s3: Awaited<ReturnType<typeof startS3Server>>;
  const processes: Started[] = [];
  let balancer: { server: Server; served: number[]; port: number };
  let base = '';

  test.beforeAll(async () => {
    admin = postgres(serverUrl!, { max: 1, onnotice: () => {} });
    await admin.unsafe(`CREATE DATABASE ${database}`);
    const url = new URL(serverUrl!);
    url.pathname = `/${database}`;
    s3 = await startS3Server('hotich-two-instances');
    const ports: number[] = [];
    balancer = await roundRobin(ports);
    base = `http://localhost:${balancer.port}`;
    const shared = mkdtempSync(path.join(tmpdir(), 'hotich-two-'));
    // What every process of the installation shares: the database, the bucket, the keys, the secrets.
    const settings: Record<string, string> = {
      DATABASE_URL: url.toString(), DEMO_MODE: 'true', APP_URL: base, JOBS_INTERVAL_SECONDS: '2',
      KEYS_DIR: path.join(shared, 'keys'), SECRETS_FILE: path.join(shared, 'secrets.json'),
      FILE_STORAGE: 's3', S3_ENDPOINT: s3.settings.endpoint!, S3_BUCKET: s3.settings.bucket, S3_ACCESS_KEY_ID: s3.settings.accessKeyId, S3_SECRET_ACCESS_KEY: s3.settings.secretAccessKey,
    };
    // The deploy step once, then the instances and the workers.
    await finished(startProcess('npx', ['tsx', 'scripts/db-migrate.ts'], settings));
    while (ports.length < 2) {
      const port = await freePort();
      if (!ports.includes(port)) ports.push(port);
    }
    for (const port of ports) processes.push(startProcess('npx', ['next', 'start', '-p', String(port)], { ...settings, PORT: String(port) }));
    // Two workers, as a province runs them for availability: each job must still run once.
    for (let i = 0; i < 2; i++) processes.push(startProcess('npx', ['tsx', '--tsconfig', 'tsconfig.scripts.json', 'scripts/worker.ts'], settings));
    await Promise.all(processes.slice(0, 2).map((p) => whenHealthy(p)));
    for (const worker of processes.slice(2)) await expect.poll(() => worker.output(), { timeout: 60_000 }).toContain('[worker] ready');
  });

  // A failure keeps what each process said.
  test.afterEach(async ({}, testInfo) => {
    if (testInfo.status === testInfo.expectedStatus) return;
    const names = ['instance 1', 'instance 2', 'worker 1', 'worker 2'];
    const file = testInfo.outputPath('processes.txt');
    writeFileSync(file, processes.map((p, i) => `--- ${names[i]}\n${p.output()}`).join('\n'));
    await testInfo.attach('processes', { path: file, contentType: 'text/plain' });
  });

  test.afterAll(async () => {
    balancer?.server.close();
    await Promise.all(processes.map((p) => stopServer(p)));
    await s3?.stop();
    await admin?.unsafe(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await admin?.end();
  });

  test('a birth filed, confirmed, registered, signed and verified across both instances; each job runs once', async ({ browser }) => {
    const l = LABELS.vi;
    const { token, applicationPath } = await issuedBirth(browser, base, 'vi', 'Mai');
    // Both instances served the journey.
    expect(balancer.served).toHaveLength(2);
    expect(Math.min(...balancer.served)).toBeGreaterThan(20);

    const verifier = await browser.newPage({ baseURL: base });
    await verifier.goto(`/verify/${token}`);
    await expect(verifier.getByText(l.valid, { exact: true })).toBeVisible();

    // The workers deliver what the journey queued (notices to Mỷ, the residence and insurance
    // bundles), each once: one attempt per message, and the demo gateway recorded each once.
    const url = new URL(serverUrl!);
    url.pathname = `/${database}`;
    const db = postgres(url.toString(), { max: 1, onnotice: () => {} });
    try {
      const applicationId = applicationPath.split('/').at(-1)!;
      const outbox = () => db<{ key: string; attempts: number; delivered: boolean }[]>`select idempotency_key as key, attempts, delivered_at is not null as delivered from outbox where idempotency_key like ${`${applicationId}:%`}`;
      await expect.poll(async () => (await outbox()).filter((r) => !r.delivered).map((r) => r.key), { timeout: 60_000 }).toEqual([]);
      const rows = await outbox();
      expect(rows.length).toBeGreaterThan(3);
      expect(rows.filter((r) => r.attempts !== 1)).toEqual([]);
      const [sent] = await db<{ n: number }[]>`select count(*)::int as n from sent_notifications where application_id = ${applicationId}`;
      expect(sent!.n).toBeGreaterThan(0);
      // Both workers offered every job each period; the queue made one job per period and kind.
      const doubled = await db`select name, singleton_on, count(*)::int as n from pgboss.job where singleton_on is not null group by 1, 2 having count(*) > 1`;
      expect(doubled).toEqual([]);
      // No run of any job was abandoned and taken again, and none failed.
      const [jobs] = await db<{ failed: number; retried: number; done: number }[]>`select count(*) filter (where state = 'failed')::int as failed, count(*) filter (where retry_count > 0)::int as retried, count(*) filter (where state = 'completed')::int as done from pgboss.job`;
      expect(jobs).toMatchObject({ failed: 0, retried: 0 });
      expect(jobs!.done).toBeGreaterThan(0);
    } finally {
      await db.end();
    }
  });
});
