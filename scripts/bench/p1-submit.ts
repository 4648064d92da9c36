/*
 * P1 (issue 11): submitting an application, beside pgbench replaying the same SQL writes.
 *
 * The portal side calls the submit server action's core in-process: `submitApplication` and then
 * `tryIssueCopiesAtOnce`, exactly what `submitApplicationAction` (app/(citizen)/applications/actions.ts)
 * runs after its session check, on the app's own connection settings (db/connect.ts, a pool of 10).
 * Driving the action over HTTP would need a signed-in browser session and a fresh draft per call;
 * P2 measures the HTTP and session side. Each call submits a different draft: Lan's birth
 * registration at Phường Hoàn Kiếm, filled once through `startApplication` + `saveStep` and copied
 * row for row in SQL.
 *
 * The baseline: one submission is recorded statement by statement (postgres.js `debug`), and its
 * writes (the transaction, with every INSERT, UPDATE, DELETE and SELECT … FOR UPDATE, parameters
 * inlined) become a custom pgbench script. Each pgbench transaction submits its own copy of the
 * draft: the application's id, the dossier code and the ids the submission generated are made
 * unique per transaction with pgbench variables. Reads are left out, so pgbench does less than the
 * portal: it is the physical limit of these writes on this database.
 */
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { connect } from '@/db/connect';
import { migrate } from '@/db/migrate';
import * as schema from '@/db/schema';
import { seedDemo, seedReference } from '@/db/seed';
import { withDatabase } from '@/db/testing/config';
import type { Db } from '@/db/types';
import { tryIssueCopiesAtOnce } from '@/lib/applications/issue-copies';
import { saveStep } from '@/lib/applications/save-step';
import { startApplication } from '@/lib/applications/start-application';
import { submitApplication } from '@/lib/applications/submit-application';
import { fileStorage } from '@/lib/files';

const LAN = '001195012345';
const MINH = '001093054321';
/** A working morning before the 15:00 cut-off, as in the birth application tests. */
const NOW = new Date('2026-11-23T10:05:00+07:00');
const PGBENCH = process.env.PGBENCH ?? '/usr/bin/pgbench';

export type P1Level = { clients: number; app: { n: number; tps: number; p50: number; p95: number }; pgbench: { n: number; tps: number; p50: number; p95: number } };
export type P1Result = { statements: number; replayed: number; levels: P1Level[]; version: string };

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))]!;
};

/** A value as a SQL literal in a pgbench script (the server infers its type from the context, as it does for a parameter). */
function literal(v: unknown): string {
  if (v === null || v === undefined) return 'NULL';
  if (typeof v === 'number' || typeof v === 'bigint') return String(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (v instanceof Date) return `'${v.toISOString()}'`;
  if (Buffer.isBuffer(v)) return `'\\x${v.toString('hex')}'`;
  const text = Array.isArray(v) ? `{${v.map((x) => (x === null ? 'NULL' : `"${String(x).replace(/(["\\])/g, '\\$1')}"`)).join(',')}}` : typeof v === 'object' ? JSON.stringify(v) : String(v);
  const quoted = text.replace(/'/g, "''");
  return /[\n\r\\]/.test(quoted) && !Array.isArray(v) ? `E'${quoted.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r')}'` : `'${quoted}'`;
}

function inline(query: string, params: unknown[]): string {
  return query.replace(/\$(\d+)/g, (_, i: string) => literal(params[Number(i) - 1])).replace(/\s+/g, ' ').trim();
}

/** Lan's birth registration, filled page by page through the same functions as the form. */
async function fillTemplate(db: Db): Promise<string> {
  const app = await startApplication(db, { personalId: LAN, organisationCode: null, procedureCode: 'birthRegistration', startKey: randomUUID(), now: NOW });
  const steps: [string, unknown][] = [
    ['registry', { registryCode: '00070' }],
    ['applicant', { relationship: 'mother', phone: '0912 345 678', email: 'lan.nguyen@example.vn' }],
    ['mother', { personalId: LAN }],
    ['father', { status: 'provided', personalId: MINH }],
    ['child', { surname: 'Trần', middleName: 'Minh', givenName: 'Khôi', sex: 'male', dateOfBirth: '2026-11-15', timeOfBirth: '08:40', placeOfBirthKind: 'healthFacility', placeOfBirth: 'Bệnh viện Phụ sản Hà Nội', ethnicityCode: '01', homeTownKind: 'sameAsFather', homeTown: '' }],
    ['bundle', { residence: true, healthInsurance: true }],
  ];
  for (const [step, values] of steps) {
    const saved = await saveStep(db, { applicationId: app.id, personalId: LAN, organisationCode: null, step, values, now: NOW });
    if (!saved.ok) throw new Error(`P1: the template draft's page ${step} was refused: ${JSON.stringify(saved.fieldErrors)}`);
  }
  return app.id;
}

/** Copies of the template draft, row for row, with the ids given by `idSql` (a SQL expression of g). */
async function cloneDrafts(raw: postgres.Sql, template: string, n: number, idSql: string) {
  const columns = (await raw<{ column_name: string }[]>`select column_name from information_schema.columns where table_name = 'applications' and table_schema = 'public' order by ordinal_position`).map((c) => c.column_name);
  const pick = columns.map((c) => (c === 'id' ? `(${idSql})::uuid` : c === 'start_key' ? `gen_random_uuid()::text` : `"${c}"`));
  await raw.unsafe(`insert into applications (${columns.map((c) => `"${c}"`).join(', ')}) select ${pick.join(', ')} from applications, generate_series(1, ${n}) g where id = '${template}'`);
}

/** Runs `n` calls with `clients` at a time; the latency of each call. */
async function closedLoop(clients: number, n: number, call: (i: number) => Promise<void>) {
  const samples: number[] = [];
  let next = 0;
  const start = performance.now();
  await Promise.all(Array.from({ length: clients }, async () => {
    for (let i = next++; i < n; i = next++) {
      const t = performance.now();
      await call(i);
      samples.push(performance.now() - t);
    }
  }));
  return { seconds: (performance.now() - start) / 1000, samples };
}

export async function p1Submit(serverUrl: string, options: { levels?: number[]; calls?: number } = {}): Promise<P1Result> {
  const levels = options.levels ?? [10, 50];
  const calls = options.calls ?? 600;
  const name = `bench_p1_${randomUUID().slice(0, 8)}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE ${name}`);
  const url = withDatabase(serverUrl, name);
  const work = mkdtempSync(path.join(tmpdir(), 'bench-p1-'));
  const conn = await connect(url);
  const raw = postgres(url, { max: 1, onnotice: () => {} });
  try {
    console.error(`[P1] ${name}: migrate, reference and demo data`);
    await migrate(conn);
    await seedReference(conn.db);
    await seedDemo(conn.db, { residents: 0 });
    const template = await fillTemplate(conn.db);
    const [{ version }] = (await raw<{ version: string }[]>`select version()`) as unknown as [{ version: string }];

    // One submission recorded: the same settings as db/connect.ts, one connection.
    const [recorded] = (await raw<{ id: string }[]>`select gen_random_uuid()::text as id`) as unknown as [{ id: string }];
    await cloneDrafts(raw, template, 1, `'${recorded.id}'`);
    const log: { query: string; params: unknown[] }[] = [];
    const capture = postgres(url, { max: 1, onnotice: () => {}, connection: { jit: 'off', max_parallel_workers_per_gather: '0' }, debug: (_c, query, params) => {
      if (!/pg_catalog\./.test(query)) log.push({ query, params: params as unknown[] });
    } });
    const captured = await submitApplication(drizzle(capture, { schema }) as unknown as Db, { applicationId: recorded.id, personalId: LAN, organisationCode: null, declaration: { agreed: true }, now: NOW });
    await capture.end();
    if (!captured.ok || captured.status !== 'submitted') throw new Error(`P1: the recorded submission did not submit: ${JSON.stringify(captured)}`);

    // The pgbench script: the writes of that transaction, made unique per pgbench transaction.
    const isWrite = (q: string) => /^\s*(insert|update|delete)\b/i.test(q) || /\bfor (update|no key update|share)\b/i.test(q);
    const isTx = (q: string) => /^\s*(begin|commit|rollback|savepoint|release)\b/i.test(q);
    const tail = '100000000000';
    const fresh = new Map<string, string>([[recorded.id, `b0000000-0000-4000-8000-:bench_tail`], [captured.dossierCode, `00070-261123-:bench_tail`]]);
    const uuid = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
    // Ids first seen in a write were generated by the submission (events, messages): unique per transaction too.
    for (const s of log.filter((x) => /^\s*insert\b/i.test(x.query))) {
      for (const m of inline(s.query, s.params).match(uuid) ?? []) {
        if (!fresh.has(m)) fresh.set(m, `c${String(fresh.size).padStart(7, '0')}-0000-4000-8000-:bench_tail`);
      }
    }
    const replayed = log.filter((s) => isWrite(s.query) || isTx(s.query));
    const lines = replayed.map((s) => {
      let line = inline(s.query, s.params);
      for (const [from, to] of fresh) line = line.split(from).join(to);
      return `${line};`;
    });
    const script = path.join(work, 'submit.sql');
    writeFileSync(script, [`\\set bench_k :bench_k + 1`, `\\set bench_tail ${tail} + :client_id * 1000000000 + :bench_k`, ...lines, ''].join('\n'));
    writeFileSync(path.join(work, 'recorded.sql'), log.map((s) => `${inline(s.query, s.params)};`).join('\n'));
    console.error(`[P1] one submission: ${log.length} statements, ${replayed.length} replayed by pgbench (${script})`);

    const results: P1Level[] = [];
    const storage = fileStorage();
    // Warm-up, not counted: the first calls load and compile the procedure's code.
    const warm = Array.from({ length: 20 }, (_, i) => `a0000000-0000-4000-8000-${String(900_000_000 + i + 1).padStart(12, '0')}`);
    await cloneDrafts(raw, template, warm.length, `'a0000000-0000-4000-8000-' || lpad((900000000 + g)::text, 12, '0')`);
    for (const id of warm) await submitApplication(conn.db, { applicationId: id, personalId: LAN, organisationCode: null, declaration: { agreed: true }, now: NOW });
    for (const clients of levels) {
      // The portal: `calls` submissions, `clients` at a time, each its own draft.
      const offset = results.length * 1_000_000;
      const ids = Array.from({ length: calls }, (_, i) => `a0000000-0000-4000-8000-${String(offset + i + 1).padStart(12, '0')}`);
      await cloneDrafts(raw, template, calls, `'a0000000-0000-4000-8000-' || lpad((${offset} + g)::text, 12, '0')`);
      await raw`analyze applications`;
      console.error(`[P1] portal: ${calls} submissions, ${clients} concurrent`);
      const app = await closedLoop(clients, calls, async (i) => {
        const done = await submitApplication(conn.db, { applicationId: ids[i]!, personalId: LAN, organisationCode: null, declaration: { agreed: true }, now: NOW });
        if (!done.ok || done.status !== 'submitted') throw new Error(`P1: submission ${i} failed: ${JSON.stringify(done)}`);
        await tryIssueCopiesAtOnce(conn.db, done.applicationId, { now: NOW, baseUrl: 'http://localhost', storage });
      });

      // pgbench: the same number of transactions, `clients` at a time, on drafts of their own.
      const perClient = Math.ceil(calls / clients);
      await cloneDrafts(raw, template, clients * perClient,
        `'b0000000-0000-4000-8000-' || (${tail}::bigint + ((g - 1) / ${perClient})::bigint * 1000000000 + ((g - 1) % ${perClient}) + 1 + ${offset})::text`);
      await raw`analyze applications`;
      console.error(`[P1] pgbench: ${clients * perClient} transactions, ${clients} clients`);
      const logDir = mkdtempSync(path.join(work, `log-${clients}-`));
      const run = spawnSync(PGBENCH, ['-n', '-c', String(clients), '-j', '2', '-t', String(perClient), '-D', `bench_k=${offset}`, '-f', script, '-l', `--log-prefix=${path.join(logDir, 'tx')}`, url], { encoding: 'utf8' });
      if (run.status !== 0) throw new Error(`P1: pgbench failed (${run.status}):\n${run.stdout}\n${run.stderr}`);
      const tps = Number(/tps = ([\d.]+) \(without initial connection time\)/.exec(run.stdout)?.[1]);
      const latencies = readdirSync(logDir).flatMap((f) => readFileSync(path.join(logDir, f), 'utf8').trim().split('\n').map((l) => Number(l.split(' ')[2]) / 1000));
      // Every pgbench transaction submitted its own draft.
      const [{ n }] = (await raw<{ n: number }[]>`select count(*)::int as n from applications where id::text like 'b0000000-0000-4000-8000-%' and status = 'submitted'`) as unknown as [{ n: number }];
      const expected = results.reduce((s, r) => s + r.pgbench.n, 0) + clients * perClient;
      if (n !== expected) throw new Error(`P1: pgbench submitted ${n} drafts, expected ${expected}`);
      results.push({
        clients,
        app: { n: calls, tps: calls / app.seconds, p50: pct(app.samples, 0.5), p95: pct(app.samples, 0.95) },
        pgbench: { n: clients * perClient, tps, p50: pct(latencies, 0.5), p95: pct(latencies, 0.95) },
      });
    }
    return { statements: log.length, replayed: replayed.length, levels: results, version };
  } finally {
    await raw.end();
    await conn.close();
    await admin.unsafe(`DROP DATABASE ${name} WITH (FORCE)`);
    await admin.end();
    // BENCH_KEEP=1 keeps the recorded submission and the pgbench script and logs.
    if (process.env.BENCH_KEEP) console.error(`[P1] kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
}
