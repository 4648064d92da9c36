/*
 * `npm run bench`: measures the foundation's hot paths on a fresh PGlite and, when
 * TEST_DATABASE_URL is set, on PostgreSQL. Prints a Markdown table for docs/performance.md.
 *
 * Then the register at national scale (the section at the end of this file), when the two scale
 * databases exist (`npm run db:generate-scale`, see docs/performance.md): SCALE_DATABASE_URL_1M
 * (default …/scale_bench_1m) and SCALE_DATABASE_URL (default …/scale_bench, 21 million births).
 * `--scale-only` runs only that section, `--no-scale` leaves it out; `--queue-only` runs only the
 * office queue at 100,000 applications (P3, issue 11) before it.
 *
 * Issue 11's P1, P2 and P4 (scripts/bench/): `--p1-only` (submit beside pgbench), `--http-only`
 * (P2 and P4: a `next start` of the production build on a port in 3300–3399, which needs
 * `npx next build` first), `--p2-only`, `--p4-only`; `--no-http` leaves P2 and P4 out of a full run.
 * PostgreSQL: BENCH_DATABASE_URL, else TEST_DATABASE_URL, else postgres://postgres@127.0.0.1:5432.
 *
 * Ends with issue 11's targets (P1–P5) as this run measured them, one table, and appends what it
 * printed to docs/performance.md as a dated section (`--no-write`: print only).
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import os from 'node:os';
import { drizzle } from 'drizzle-orm/postgres-js';
import { appendFileSync } from 'node:fs';
import postgres from 'postgres';
import { connect, type Connection } from '@/db/connect';
import { selectPersonsOfRecords, selectRecordsByEntry, selectRecordsByPersons, selectRecordsOfPerson } from '@/db/queries/civil-status';
import { countBirthsByCriteria, selectBirthsByCriteria } from '@/db/queries/register-criteria';
import * as schema from '@/db/schema';
import type { Db } from '@/db/types';
import { migrate } from '@/db/migrate';
import { seedDemo, seedReference } from '@/db/seed';
import { withDatabase } from '@/db/testing/config';
import { generateResidents, mulberry32 } from '@/db/seed/residents';
import { calendar } from '@/lib/calendar';
import { population } from '@/lib/population';
import { listOfflineRegistries } from '@/lib/registries';
import { registryQueue } from '@/lib/applications/registry-queue';
import { processUpload } from '@/lib/uploads/process';
import sharp from 'sharp';
import { renderBirthCertificatePdf, type BirthCertificateContent } from '@/lib/documents/birth-certificate-pdf';
import { DOCUMENT_KEY_PURPOSE, signDocumentToken, verifyDocumentTokenWithJwks } from '@/lib/documents/document-token';
import { memoryKeyStore } from '@/lib/signing/memory-key-store';
import { createServer } from 'node:net';
import { p1Submit } from './bench/p1-submit';
import { P2_BASELINE, P2_ROUNDS, P2_ROUTE, P2_SECONDS, p2Pages } from './bench/p2-pages';
import { citizenPages, firstLoadJs, lighthouse, verifyPath } from './bench/p4-lighthouse';
import { cookieHeader, launchChromium, requireBuild, signInCitizen, signInOffice, startServer } from './bench/server';

type Row = [string, string, string];
const rows: Row[] = [];

/** Issue 11's targets as this run measured them: one line per figure, printed last as one table. */
type Target = { id: 'P1' | 'P2' | 'P3' | 'P4' | 'P5'; measure: string; baseline: string; result: string; target: string; met: boolean };
const issueTargets: Target[] = [];

/** What the run prints, kept to be written to docs/performance.md at the end (see the end of this file). */
const printed: string[] = [];
const print = console.log.bind(console);
console.log = (...parts: unknown[]) => {
  printed.push(parts.map(String).join(' '));
  print(...parts);
};

async function time<T>(fn: () => Promise<T>) {
  const t = performance.now();
  const value = await fn();
  return { ms: performance.now() - t, value };
}

function percentiles(samples: number[]) {
  const s = [...samples].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))]!;
  return `p50 ${at(0.5).toFixed(2)} ms, p95 ${at(0.95).toFixed(2)} ms, ${(1000 / (s.reduce((a, b) => a + b, 0) / s.length)).toFixed(0)} ops/s`;
}

async function benchDatabase(label: string, conn: Connection) {
  const setup = await time(async () => {
    await migrate(conn);
    await seedReference(conn.db);
  });
  rows.push([label, 'migrate + reference data (3,321 registries, 33,210 flags)', `${(setup.ms / 1000).toFixed(1)} s`]);
  const seed = await time(() => seedDemo(conn.db, { residents: 5000 }));
  rows.push([label, 'demo seed (personas + 5,000 residents)', `${(seed.ms / 1000).toFixed(1)} s`]);

  const ids = generateResidents(5000).people.map((p) => p.personalId);
  const pop = population(conn.db);
  const samples: number[] = [];
  for (let i = 0; i < 2000; i++) {
    const id = ids[(i * 7919) % ids.length]!;
    const t = performance.now();
    const person = await pop.findPerson(id);
    samples.push(performance.now() - t);
    if (!person) throw new Error(`missing ${id}`);
  }
  rows.push([label, 'population look-up by personal ID (2,000 sequential)', percentiles(samples)]);

  const list: number[] = [];
  for (let i = 0; i < 200; i++) list.push((await time(() => listOfflineRegistries(conn.db))).ms);
  rows.push([label, 'offline registries list (200 sequential)', percentiles(list)]);
}

/** Runs `bench` on a fresh in-memory PGlite and, with TEST_DATABASE_URL, on a fresh PostgreSQL database dropped afterwards. */
async function onEachDatabase(bench: (label: string, conn: Connection) => Promise<void>) {
  const lite = await connect('memory://');
  await bench('PGlite', lite);
  await lite.close();
  const server = process.env.TEST_DATABASE_URL;
  if (!server) return;
  const name = `hotich_bench_${randomUUID().slice(0, 8)}`;
  const admin = postgres(server, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE ${name}`);
  const pg = await connect(withDatabase(server, name));
  try {
    await bench('PostgreSQL', pg);
  } finally {
    await pg.close();
    await admin.unsafe(`DROP DATABASE ${name} WITH (FORCE)`);
    await admin.end();
  }
}

async function foundation() {
  await onEachDatabase(benchDatabase);

  // The e-birth certificate: PDF rendering (fonts embedded, QR) and QR token verification.
  const certificate: BirthCertificateContent = {
    registryName: 'Ủy ban nhân dân phường Hoàn Kiếm, thành phố Hà Nội', entryNumber: '12', book: '01/2026', registeredOn: '2026-11-23',
    child: { fullName: 'Trần Minh Khôi', sex: 'male', dateOfBirth: '2026-11-15', timeOfBirth: '08:40', placeOfBirth: 'Bệnh viện Phụ sản Hà Nội', ethnicity: 'Kinh', nationality: 'Việt Nam', homeTown: 'TP Hà Nội', personalId: '001226004242' },
    mother: { fullName: 'Nguyễn Thị Lan', yearOfBirth: '1995', ethnicity: 'Kinh', nationality: 'Việt Nam', residence: '12 Hàng Bài, Phường Hoàn Kiếm, Thành phố Hà Nội' },
    father: { fullName: 'Trần Văn Minh', yearOfBirth: '1993', ethnicity: 'Kinh', nationality: 'Việt Nam', residence: '12 Hàng Bài, Phường Hoàn Kiếm, Thành phố Hà Nội' },
    declarant: { fullName: 'Nguyễn Thị Lan', relationship: 'Mẹ' },
    signer: { fullName: 'Đặng Quốc Hùng', titleLines: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'] },
  };
  const cold = await time(() => renderBirthCertificatePdf(certificate, { verifyUrl: 'http://localhost:3000/verify/x'.padEnd(480, 'x') }));
  const pdfTimes: number[] = [];
  for (let i = 0; i < 30; i++) pdfTimes.push((await time(() => renderBirthCertificatePdf(certificate, { verifyUrl: 'http://localhost:3000/verify/x'.padEnd(480, 'x') }))).ms);
  rows.push(['—', `birth certificate PDF (${(cold.value.byteLength / 1024).toFixed(0)} KB): first render ${cold.ms.toFixed(0)} ms, then`, percentiles(pdfTimes)]);
  // A throw-away key: the benchmark verifies what it signed and keeps nothing.
  const keys = memoryKeyStore(DOCUMENT_KEY_PURPOSE);
  const token = await signDocumentToken({ documentId: randomUUID(), kind: 'birthCertificate', holderFullName: 'Trần Minh Khôi', dateOfBirth: '2026-11-15', entryNumber: '12', book: '01/2026', registryCode: '00070', issuedOn: '2026-11-23', version: 1 }, keys);
  const jwks = { keys: await keys.publicKeys() };
  const verifyTimes: number[] = [];
  for (let i = 0; i < 1000; i++) verifyTimes.push((await time(() => verifyDocumentTokenWithJwks(jwks, token))).ms);
  rows.push(['—', `QR token verification offline against the JWKS (${token.length} chars, 1,000 runs)`, percentiles(verifyTimes)]);

  const sent = new Date('2026-02-13T09:30:00Z');
  const n = 100_000;
  const cal = await time(async () => {
    for (let i = 0; i < n; i++) calendar.confirmationDeadline(new Date(sent.getTime() + i * 60_000));
  });
  rows.push(['—', `confirmation deadline (${n.toLocaleString('en')} calls)`, `${((n / cal.ms) * 1000).toFixed(0)} calls/s`]);
}

// ---------------------------------------------------------------------------------------------
// P3 (issue 11): the office queue with 100,000 open applications in one registry, beside the same
// page with 100, in the same run: keyset pages (db/queries/applications.ts) must not grow with it.

async function queueBench(label: string, conn: Connection) {
  await migrate(conn);
  await seedReference(conn.db);
  await seedDemo(conn.db, { residents: 0 });
  const fill = (registry: string, n: number) =>
    conn.db.execute(sql`insert into applications (id, dossier_code, procedure_code, form_version, registry_code, applicant_personal_id, start_key, status, subject_name, submitted_at, due_on)
      select gen_random_uuid(), ${registry} || '-' || g, 'birthRegistration', 1, ${registry}, '001195012345', ${registry} || '-' || g,
        case when g % 7 = 0 then 'inReview' else 'submitted' end, 'Trẻ ' || g,
        timestamptz '2026-11-01 08:00+07' + (g % 5000) * interval '1 minute', date '2026-11-02' + (g % 60)
      from generate_series(1, ${n}) g`);
  const filled = await time(async () => {
    await fill('00070', 100);
    await fill('03006', 100_000);
    // What autovacuum does after a bulk load: the planner's statistics.
    await conn.db.execute(sql`analyze applications`);
  });
  const clock = () => new Date('2026-12-03T09:00:00+07:00');
  const pageAfter = async (registry: string, pages: number) => {
    let after: string | undefined;
    for (let i = 0; i < pages; i++) after = (await registryQueue(conn.db, registry, clock, after ? { after } : {})).next ?? undefined;
    return after;
  };
  const measure = async (registry: string, after: string | undefined) => {
    for (let i = 0; i < 5; i++) await registryQueue(conn.db, registry, clock, after ? { after } : {});
    const samples: number[] = [];
    for (let i = 0; i < 50; i++) samples.push((await time(() => registryQueue(conn.db, registry, clock, after ? { after } : {}))).ms);
    return samples;
  };
  const p50 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const smallFirst = await measure('00070', undefined);
  const smallLater = await measure('00070', await pageAfter('00070', 1));
  const bigFirst = await measure('03006', undefined);
  const bigLater = await measure('03006', await pageAfter('03006', 40));
  rows.push([label, `P3 office queue, 100 open applications (baseline): first page / page 2 (filled 100,100 rows in ${(filled.ms / 1000).toFixed(1)} s)`, `${percentiles(smallFirst)} / ${percentiles(smallLater)}`]);
  rows.push([label, 'P3 office queue, 100,000 open applications: first page / page 41 (after 2,000)', `${percentiles(bigFirst)} / ${percentiles(bigLater)}`]);
  rows.push([label, 'P3 ratio to the baseline (p50; target ≤ 2)', `first ${(p50(bigFirst) / p50(smallFirst)).toFixed(2)}, later ${(p50(bigLater) / p50(smallLater)).toFixed(2)}`]);
  for (const [which, big, small] of [['first page', bigFirst, smallFirst], ['page 41', bigLater, smallLater]] as const) {
    const ratio = p50(big) / p50(small);
    issueTargets.push({ id: 'P3', measure: `office queue, 100,000 open applications, ${which} (${label})`, baseline: `100 applications: p50 ${p50(small).toFixed(2)} ms`, result: `p50 ${p50(big).toFixed(2)} ms, ratio ${f2(ratio)}`, target: '≤ 2 ×', met: ratio <= 2 });
  }
}


// ---------------------------------------------------------------------------------------------
// P5 (issue 11): a 12 MP phone photo through the server's upload pipeline, beside the original.

async function photoBench() {
  // A 4000 × 3000 photo of a handwritten page: paper with noise (as a phone sensor gives) and dark
  // lines of writing, saved as a phone would (JPEG quality 92). Seeded: the same bytes every run.
  const [w, h] = [4000, 3000];
  const random = mulberry32(12);
  const pixels = Buffer.alloc(w * h * 3);
  for (let y = 0; y < h; y++) {
    const ink = y % 90 > 60 && y % 90 < 75;
    for (let x = 0; x < w; x++) {
      const i = (y * w + x) * 3;
      const base = ink && (x * 7 + y * 3) % 41 < 9 ? 40 : 236 - (x + y) / 400;
      const v = Math.max(0, Math.min(255, base + (random() - 0.5) * 24));
      pixels[i] = v;
      pixels[i + 1] = v - 3;
      pixels[i + 2] = v - 10;
    }
  }
  const original = await sharp(pixels, { raw: { width: w, height: h, channels: 3 } }).jpeg({ quality: 92 }).toBuffer();
  const processed = await time(() => processUpload(new Uint8Array(original)));
  if (!processed.value.ok) throw new Error(`the photo was refused: ${processed.value.error}`);
  const stored = processed.value.file;
  rows.push(['—', `P5 12 MP phone photo (${w} × ${h}, ${(original.byteLength / 1024 / 1024).toFixed(2)} MB) through the upload (target ≤ 600 KB stored)`,
    `${(stored.bytes.byteLength / 1024).toFixed(0)} KB stored (${stored.width} × ${stored.height}), ratio ${(stored.bytes.byteLength / original.byteLength).toFixed(3)} of the original, ${processed.ms.toFixed(0)} ms`]);
  issueTargets.push({ id: 'P5', measure: 'a 12 MP phone photo through the upload', baseline: `the original: ${(original.byteLength / 1024).toFixed(0)} KB`, result: `${(stored.bytes.byteLength / 1024).toFixed(0)} KB stored, ratio ${(stored.bytes.byteLength / original.byteLength).toFixed(3)}`, target: '≤ 600 KB, legible', met: stored.bytes.byteLength <= 600 * 1024 });
}

// ---------------------------------------------------------------------------------------------
// The register at national scale (issue 8): the same searches at 1 million and 21 million births

type Sample = {
  id: string; registryCode: string; entryNumber: string; registeredOn: string;
  childKey: string; childDob: string; childId: string; motherKey: string; motherDob: string; motherId: string | null; fatherId: string | null;
};
type Measured = { samples: number[]; rows: number; found: number; tried: number };
type ScaleQuery = { what: string; run: (db: Db, s: Sample, i: number) => Promise<{ rows: number; found: boolean }> };

const SCALE_SEED = 8;
const WARM_UP = 20;
const MEASURED = 200;
/** A slow query stops after this long (at least 5 measured calls). */
const QUERY_BUDGET_MS = 60_000;


/** Criteria of an organisation's query for a sample: its registry, five birth years from a seeded draw. */
function criteriaOf(s: Sample, i: number) {
  const from = 1990 + Math.floor(mulberry32(SCALE_SEED * 1000 + i)() * 31);
  return { birthYearFrom: from, birthYearTo: from + 4, registryCode: s.registryCode };
}

const SCALE_QUERIES: ScaleQuery[] = [
  {
    what: 'search by entry: registry + number + date (selectRecordsByEntry)',
    run: async (db, s) => {
      const r = await selectRecordsByEntry(db, { registryCode: s.registryCode, entryNumber: s.entryNumber, registeredOn: s.registeredOn, officialOnly: false }, { all: true });
      return { rows: r.length, found: r.some((x) => x.id === s.id) };
    },
  },
  {
    what: 'search by names and dates of birth: child + mother (selectRecordsByPersons)',
    run: async (db, s) => {
      const r = await selectRecordsByPersons(
        db,
        { eventType: 'birth', persons: [{ role: 'child', nameKey: s.childKey, dateOfBirth: s.childDob }, { role: 'mother', nameKey: s.motherKey, dateOfBirth: s.motherDob }], officialOnly: false },
        { all: true },
      );
      return { rows: r.length, found: r.some((x) => x.id === s.id) };
    },
  },
  {
    what: "opening a person's record: all their entries + persons (selectRecordsOfPerson + selectPersonsOfRecords)",
    run: async (db, s, i) => {
      // Mothers, fathers and children in turn: parents hold several entries, children one or more.
      const personalId = [s.motherId, s.fatherId, s.childId][i % 3] ?? s.childId;
      const records = await selectRecordsOfPerson(db, personalId);
      const persons = await selectPersonsOfRecords(db, records.map((r) => r.id));
      return { rows: records.length + persons.length, found: records.some((r) => r.id === s.id) };
    },
  },
  {
    what: 'organisation: births of 5 birth years at one registry, first 100 with details (selectBirthsByCriteria)',
    run: async (db, s, i) => {
      const r = await selectBirthsByCriteria(db, criteriaOf(s, i), { limit: 100 });
      return { rows: r.length, found: true };
    },
  },
  {
    what: 'organisation: the same, counts per year only (countBirthsByCriteria)',
    run: async (db, s, i) => {
      const r = await countBirthsByCriteria(db, criteriaOf(s, i));
      return { rows: r.reduce((n, x) => n + x.births, 0), found: true };
    },
  },
];

/** Births drawn by the seeded TABLESAMPLE (one per sampled page), then shuffled by a seeded PRNG. */
async function sampleBirths(raw: postgres.Sql, n: number): Promise<Sample[]> {
  const [cls] = await raw<{ pages: number }[]>`select relpages as pages from pg_class where relname = 'civil_status_records'`;
  const percent = Math.min(100, (100 * n * 6) / Math.max(1, Number(cls!.pages)));
  const ids = await raw.unsafe<{ id: string }[]>(
    `select distinct on (page) id from (
       select id, (ctid::text::point)[0] as page from civil_status_records tablesample system (${percent.toFixed(6)}) repeatable (${SCALE_SEED})
       where event_type = 'birth') s
     order by page, id`,
  );
  const random = mulberry32(SCALE_SEED);
  const list = ids.map((r) => r.id);
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [list[i], list[j]] = [list[j]!, list[i]!];
  }
  const chosen = list.slice(0, n);
  const details = await raw<Sample[]>`
    select r.id, r.registry_code as "registryCode", r.entry_number as "entryNumber", r.registered_on::text as "registeredOn",
      c.name_key as "childKey", c.date_of_birth::text as "childDob", c.personal_id as "childId",
      m.name_key as "motherKey", m.date_of_birth::text as "motherDob", m.personal_id as "motherId", f.personal_id as "fatherId"
    from civil_status_records r
    join record_persons c on c.record_id = r.id and c.role = 'child'
    join record_persons m on m.record_id = r.id and m.role = 'mother'
    left join record_persons f on f.record_id = r.id and f.role = 'father'
    where r.id = any(${chosen}::uuid[])`;
  const byId = new Map(details.map((d) => [d.id, d]));
  return chosen.map((id) => byId.get(id)).filter((d): d is Sample => Boolean(d));
}

async function measure(db: Db, q: ScaleQuery, samples: Sample[]): Promise<Measured> {
  // Warm-up calls on other samples (a slow query gets fewer: at most 15 s of them).
  const warming = performance.now();
  for (let i = 0; i < WARM_UP && performance.now() - warming < 15_000; i++) await q.run(db, samples[samples.length - 1 - i]!, i);
  const out: Measured = { samples: [], rows: 0, found: 0, tried: 0 };
  const started = performance.now();
  for (let i = 0; i < Math.min(MEASURED, samples.length - WARM_UP); i++) {
    const t = performance.now();
    const r = await q.run(db, samples[i]!, i);
    out.samples.push(performance.now() - t);
    out.rows += r.rows;
    out.tried++;
    if (r.found) out.found++;
    if (performance.now() - started > QUERY_BUDGET_MS && out.samples.length >= 5) break;
  }
  return out;
}

const pct = (samples: number[], p: number) => {
  const s = [...samples].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))]!;
};
const ms = (x: number) => (x >= 100 ? x.toFixed(0) : x.toFixed(2));

/** EXPLAIN (ANALYZE, BUFFERS) of the very statements a function sends (captured by a drizzle logger). */
async function explainQuery(raw: postgres.Sql, q: ScaleQuery, s: Sample): Promise<string> {
  const captured: { query: string; params: unknown[] }[] = [];
  const logged = drizzle(raw, { schema, logger: { logQuery: (query, params) => captured.push({ query, params }) } }) as unknown as Db;
  await q.run(logged, s, 0);
  const parts: string[] = [];
  for (const c of captured) {
    const plan = await raw.unsafe<{ 'QUERY PLAN': string }[]>(`explain (analyze, buffers) ${c.query}`, c.params as never[]);
    parts.push(`${c.query}\n-- params: ${JSON.stringify(c.params)}\n${plan.map((p) => p['QUERY PLAN']).join('\n')}`);
  }
  return parts.join('\n\n');
}

async function scaleSection() {
  const base = 'postgres://postgres@127.0.0.1:5432';
  const targets = [
    { label: '1M', url: process.env.SCALE_DATABASE_URL_1M ?? `${base}/scale_bench_1m` },
    { label: '21M', url: process.env.SCALE_DATABASE_URL ?? `${base}/scale_bench` },
  ];
  const missing: string[] = [];
  for (const t of targets) {
    const u = new URL(t.url);
    const database = u.pathname.slice(1);
    u.pathname = '/postgres';
    const admin = postgres(u.toString(), { max: 1, onnotice: () => {} });
    try {
      const [row] = await admin`select 1 as ok from pg_database where datname = ${database}`;
      if (!row) missing.push(`${t.label}: ${database} does not exist`);
    } catch (err) {
      missing.push(`${t.label}: ${(err as Error).message}`);
    } finally {
      await admin.end();
    }
  }
  if (missing.length > 0) {
    console.log(`\nRegister at national scale: skipped (${missing.join('; ')}). Generate them with\n` +
      '  npm run db:generate-scale -- --births 1000000 --database-url postgres://postgres@127.0.0.1:5432/scale_bench_1m\n' +
      '  npm run db:generate-scale -- --births 21000000');
    return;
  }

  const results: { label: string; size: string; counts: string; measured: Measured[] }[] = [];
  const explains: string[] = [];
  let version = '';
  for (const t of targets) {
    // The EXPLAINs run with the application's session settings (db/connect.ts): no JIT, no parallel workers.
    const raw = postgres(t.url, { max: 1, onnotice: () => {}, connection: { jit: 'off', max_parallel_workers_per_gather: '0' } });
    const conn = await connect(t.url);
    const [info] = await raw<{ size: string; version: string; entries: number; persons: number; records: number }[]>`
      select pg_size_pretty(pg_database_size(current_database())) as size, version() as version,
        (select reltuples::bigint from pg_class where relname = 'civil_status_records') as entries,
        (select reltuples::bigint from pg_class where relname = 'record_persons') as persons,
        (select reltuples::bigint from pg_class where relname = 'person_records') as records`;
    version = info!.version;
    const counts = `${Number(info!.entries).toLocaleString('en')} entries, ${Number(info!.persons).toLocaleString('en')} entry persons, ${Number(info!.records).toLocaleString('en')} e-records`;
    console.error(`[scale ${t.label}] ${info!.size}: ${counts}; sampling`);
    const samples = await sampleBirths(raw, MEASURED + WARM_UP);
    const measured: Measured[] = [];
    for (const q of SCALE_QUERIES) {
      console.error(`[scale ${t.label}] ${q.what}`);
      measured.push(await measure(conn.db, q, samples));
    }
    if (t === targets[targets.length - 1]) {
      console.error(`[scale ${t.label}] EXPLAIN (ANALYZE, BUFFERS)`);
      for (const q of SCALE_QUERIES) explains.push(`-- ${q.what}\n${await explainQuery(raw, q, samples[0]!)}`);
    }
    results.push({ label: t.label, size: info!.size, counts, measured });
    await conn.close();
    await raw.end();
  }

  const [small, large] = results as [(typeof results)[number], (typeof results)[number]];
  console.log(`\nMachine: ${os.cpus().length} cores (${os.cpus()[0]?.model ?? '?'}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB memory, Node ${process.version}; ${version.split(' on ')[0]}.`);
  for (const r of results) console.log(`- ${r.label}: ${r.size} (pg_database_size) — ${r.counts}`);
  console.log('\n| query | 1M p50 | 1M p95 | 21M p50 | 21M p95 | ratio p50 | ratio p95 | calls 1M / 21M | rows per call 1M / 21M | sample found |');
  console.log('|---|---|---|---|---|---|---|---|---|---|');
  SCALE_QUERIES.forEach((q, i) => {
    const a = small.measured[i]!;
    const b = large.measured[i]!;
    const [a50, a95, b50, b95] = [pct(a.samples, 0.5), pct(a.samples, 0.95), pct(b.samples, 0.5), pct(b.samples, 0.95)];
    console.log(
      `| ${q.what} | ${ms(a50)} ms | ${ms(a95)} ms | ${ms(b50)} ms | ${ms(b95)} ms | ${(b50 / a50).toFixed(2)} | ${(b95 / a95).toFixed(2)} | ${a.samples.length} / ${b.samples.length} | ${(a.rows / a.tried).toFixed(1)} / ${(b.rows / b.tried).toFixed(1)} | ${a.found}/${a.tried}, ${b.found}/${b.tried} |`,
    );
  });
  console.log('\nEXPLAIN (ANALYZE, BUFFERS) at 21M (first sample):\n');
  for (const e of explains) console.log('```\n' + e + '\n```\n');
}

// ---------------------------------------------------------------------------------------------
// P1, P2 and P4 (issue 11): submit beside pgbench, pages beside a minimal signed-in page, Lighthouse.
// They need PostgreSQL (BENCH_DATABASE_URL, else TEST_DATABASE_URL, else the local server with
// trust auth); P2 and P4 also need the production build (`npx next build`).

const benchServerUrl = () => process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const f0 = (n: number) => n.toFixed(0);
const f2 = (n: number) => n.toFixed(2);
const pass = (ok: boolean) => (ok ? 'met' : '**missed**');
const machine = () => `${os.cpus().length} cores (${os.cpus()[0]?.model ?? '?'}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB memory, load average ${os.loadavg().map((l) => l.toFixed(2)).join(' / ')} at the end, Node ${process.version}`;

async function p1Section() {
  const calls = Number(process.env.BENCH_P1_CALLS ?? 600);
  const r = await p1Submit(benchServerUrl(), { levels: [10, 50], calls });
  console.log(`\n### P1: submit an application beside pgbench (${r.version.split(' on ')[0]})\n`);
  console.log(`The submit action's core in-process (submitApplication + tryIssueCopiesAtOnce, a pool of 10 connections), ${calls} submissions of distinct drafts per level; pgbench replays the submission's ${r.replayed} transaction and write statements (of ${r.statements}) as many times. Latencies in ms.\n`);
  console.log('| clients | portal submissions/s | pgbench tps | ratio (target ≥ 0.5) | portal p50 / p95 | pgbench p50 / p95 | p95 target (≤ 150 ms at 10) |');
  console.log('|---|---|---|---|---|---|---|');
  for (const l of r.levels) {
    const ratio = l.app.tps / l.pgbench.tps;
    const p95 = l.clients === 10 ? pass(l.app.p95 <= 150) : '—';
    console.log(`| ${l.clients} | ${f0(l.app.tps)} | ${f0(l.pgbench.tps)} | ${f2(ratio)} ${pass(ratio >= 0.5)} | ${f0(l.app.p50)} / ${f0(l.app.p95)} | ${f0(l.pgbench.p50)} / ${f0(l.pgbench.p95)} | ${p95} |`);
    issueTargets.push({ id: 'P1', measure: `submit, throughput at ${l.clients} concurrent`, baseline: `pgbench: ${f0(l.pgbench.tps)} tps`, result: `${f0(l.app.tps)}/s, ratio ${f2(ratio)}`, target: '≥ 0.5', met: ratio >= 0.5 });
    if (l.clients === 10) issueTargets.push({ id: 'P1', measure: 'submit, p95 at 10 concurrent', baseline: `pgbench p95 ${f0(l.pgbench.p95)} ms`, result: `${f0(l.app.p95)} ms`, target: '≤ 150 ms', met: l.app.p95 <= 150 });
  }
}

/** A port in 3300–3399 no one listens on (3100 and 3200–3299 belong to the journeys). */
async function benchPort(): Promise<number> {
  for (let port = 3300; port < 3400; port++) {
    const free = await new Promise<boolean>((resolve) => {
      const probe = createServer().once('error', () => resolve(false)).listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error('No free port in 3300–3399');
}

async function httpSection(parts: { p2: boolean; p4: boolean }) {
  requireBuild();
  const server = await startServer(benchServerUrl(), await benchPort());
  let browser: Awaited<ReturnType<typeof launchChromium>> | null = null;
  try {
    browser = await launchChromium();
    const citizen = await signInCitizen(browser, server.base, 'Nguyễn Thị Lan');
    const officer = await signInOffice(browser, server.base, 'officer.hoankiem');
    if (parts.p2) {
      const figures = await p2Pages(server.base, { citizen: await cookieHeader(citizen, server.base), officer: await cookieHeader(officer, server.base) });
      console.log(`\n### P2: pages at 50 concurrent connections beside ${P2_BASELINE} (a minimal page with the same session check, same build)\n`);
      console.log(`autocannon, ${P2_SECONDS} s per figure after a 2 s warm-up, one \`next start\` on PostgreSQL with the demo data; ${P2_ROUNDS} alternating rounds of baseline, reference and page, the median round shown, every round's ratio beside it. The baseline is the issue's: a minimal page with the same session check, in the same root layout. ${P2_ROUTE} does the same check in a route handler, without a page: the ratio to it is given as a stricter reference.\n`);
      console.log('| page | signed in as | req/s | ratio to the baseline (target ≥ 0.6) | ratio in each round | ratio to the route handler, each round | p50 | p97.5 | requests | non-2xx / errors | bytes per response |');
      console.log('|---|---|---|---|---|---|---|---|---|---|---|');
      for (const f of figures) {
        const baseline = figures.find((b) => b.path === P2_BASELINE && b.who === f.who)!;
        const isPage = f.path !== P2_BASELINE && f.path !== P2_ROUTE;
        const ratio = f.rps / baseline.rps;
        const verdict = f === baseline ? '1 (baseline)' : isPage ? `${f2(ratio)} ${pass(ratio >= 0.6)}` : f2(ratio);
        const rounds = isPage ? f.ratios.map(f2).join(', ') : '—';
        const routeRounds = isPage ? f.routeRatios.map(f2).join(', ') : '—';
        if (isPage) issueTargets.push({ id: 'P2', measure: `\`${f.path}\` at 50 concurrent`, baseline: `\`${P2_BASELINE}\`: ${f0(baseline.rps)} req/s`, result: `${f0(f.rps)} req/s, ratio ${f2(ratio)} (rounds ${rounds}; to \`${P2_ROUTE}\`: ${routeRounds})`, target: '≥ 0.6', met: ratio >= 0.6 });
        console.log(`| \`${f.path}\` (${f.what}) | ${f.who === 'citizen' ? 'Nguyễn Thị Lan' : 'officer.hoankiem'} | ${f0(f.rps)} | ${verdict} | ${rounds} | ${routeRounds} | ${f.p50} ms | ${f.p97_5} ms | ${f.requests} | ${f.non2xx} / ${f.errors} | ${f0(f.bytes)} |`);
      }
    }
    if (parts.p4) {
      const { start, form } = await citizenPages(citizen);
      const verify = await verifyPath();
      const cookie = await cookieHeader(citizen, server.base);
      const targets = [
        { what: 'home', path: '/', cookie: null },
        { what: 'start of the birth registration (signed in)', path: start, cookie },
        { what: 'a form page of a draft (signed in)', path: form, cookie },
        { what: 'verify page (QR address)', path: verify, cookie: null },
      ];
      const lh = [];
      for (const t of targets) {
        console.error(`[P4] lighthouse ${t.path.slice(0, 60)}`);
        lh.push(lighthouse(server.base, t));
      }
      console.log('\n### P4: Lighthouse 12.2.3, mobile, simulated slow 4G (targets: performance ≥ 95, LCP ≤ 2.5 s)\n');
      console.log('| page | performance | LCP | FCP | TBT | CLS | script KB transferred | verdict |');
      console.log('|---|---|---|---|---|---|---|---|');
      for (const r of lh) {
        console.log(`| ${r.what} \`${r.path.length > 40 ? `${r.path.slice(0, 16)}…` : r.path}\` | ${r.score} | ${(r.lcp / 1000).toFixed(2)} s | ${(r.fcp / 1000).toFixed(2)} s | ${f0(r.tbt)} ms | ${r.cls.toFixed(3)} | ${f0(r.scriptKb)} | ${pass(r.score >= 95 && r.lcp <= 2500)} |`);
        issueTargets.push({ id: 'P4', measure: `Lighthouse mobile: ${r.what}`, baseline: '—', result: `score ${r.score}, LCP ${(r.lcp / 1000).toFixed(2)} s, TBT ${f0(r.tbt)} ms`, target: '≥ 95, LCP ≤ 2.5 s', met: r.score >= 95 && r.lcp <= 2500 });
      }
      const pages = [
        { what: 'home', path: '/', as: null },
        { what: 'start of the birth registration', path: start, as: citizen },
        { what: 'a form page (birth registration, first page)', path: form, as: citizen },
        { what: 'my applications', path: '/applications', as: citizen },
        { what: 'my details', path: '/me', as: citizen },
        { what: 'my documents', path: '/documents', as: citizen },
        { what: 'verify page', path: verify, as: null },
      ];
      console.log('\n### P4: first-load JS of citizen pages (cold load in headless chromium; target ≤ 150 KB gzipped)\n');
      console.log('| page | scripts | transferred (KB) | uncompressed (KB) | encoding | verdict |');
      console.log('|---|---|---|---|---|---|');
      for (const p of pages) {
        const js = await firstLoadJs(browser, server.base, p.what, p.path, p.as);
        console.log(`| ${p.what} \`${p.path.length > 40 ? `${p.path.slice(0, 16)}…` : p.path}\` | ${js.scripts} | ${f0(js.gzipKb)} | ${f0(js.rawKb)} | ${js.encodings} | ${pass(js.gzipKb <= 150)} |`);
        issueTargets.push({ id: 'P4', measure: `first-load JS: ${p.what}`, baseline: '—', result: `${f0(js.gzipKb)} KB gzipped`, target: '≤ 150 KB', met: js.gzipKb <= 150 });
      }
    }
  } finally {
    await browser?.close();
    await server.stop();
  }
}

// Run last: the scale section's constants above must be initialised first.
const argv = new Set(process.argv.slice(2));
const known = ['--scale-only', '--no-scale', '--queue-only', '--p1-only', '--http-only', '--p2-only', '--p4-only', '--no-http', '--no-write'];
for (const a of argv) if (!known.includes(a)) throw new Error(`Unknown flag ${a} (known: ${known.join(' ')})`);
const only = ['--scale-only', '--queue-only', '--p1-only', '--http-only', '--p2-only', '--p4-only'].filter((f) => argv.has(f));
const runs = (section: 'foundation' | 'queue' | 'p1' | 'p2' | 'p4' | 'scale') => {
  const owners: Record<typeof section, string[]> = {
    foundation: [], queue: ['--queue-only'], p1: ['--p1-only'], p2: ['--http-only', '--p2-only'], p4: ['--http-only', '--p4-only'], scale: ['--scale-only'],
  };
  if (only.length > 0) return owners[section].some((f) => argv.has(f)) || (section === 'scale' && argv.has('--queue-only') && !argv.has('--no-scale'));
  if (section === 'scale') return !argv.has('--no-scale');
  if (section === 'p2' || section === 'p4') return !argv.has('--no-http');
  return true;
};
if (runs('foundation')) {
  await foundation();
  await photoBench();
}
if (runs('queue')) await onEachDatabase(queueBench);
if (rows.length > 0) {
  console.log('| database | what | result |\n|---|---|---|');
  for (const r of rows) console.log(`| ${r.join(' | ')} |`);
}
if (runs('p1')) await p1Section();
if (runs('p2') || runs('p4')) await httpSection({ p2: runs('p2'), p4: runs('p4') });
if (runs('p1') || runs('p2') || runs('p4')) console.log(`\nMachine: ${machine()}.`);
if (runs('scale')) await scaleSection();

if (issueTargets.length > 0) {
  issueTargets.sort((a, b) => a.id.localeCompare(b.id));
  console.log(`\n### Issue 11's targets in this run (${issueTargets.filter((t) => t.met).length} of ${issueTargets.length} met)\n`);
  console.log('| id | measure | baseline in the same run | result | target | verdict |');
  console.log('|---|---|---|---|---|---|');
  for (const t of issueTargets) console.log(`| ${t.id} | ${t.measure} | ${t.baseline} | ${t.result} | ${t.target} | ${pass(t.met)} |`);
}

// The results go to docs/performance.md, dated and with the command, unless `--no-write`.
if (!argv.has('--no-write')) {
  const day = new Date().toLocaleString('sv-SE', { timeZone: 'Asia/Ho_Chi_Minh' }).slice(0, 16);
  const command = ['npm run bench', ...(process.argv.slice(2).length ? ['--', ...process.argv.slice(2)] : [])].join(' ');
  appendFileSync('docs/performance.md', `\n## ${day} (Asia/Ho_Chi_Minh) — \`${command}\`, written by the bench\n\nMachine: ${machine()}.\n${printed.join('\n')}\n`);
  print('\n(appended to docs/performance.md)');
}
