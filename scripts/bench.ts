/*
 * `npm run bench`: measures the foundation's hot paths on a fresh PGlite and, when
 * TEST_DATABASE_URL is set, on PostgreSQL. Prints a Markdown table for docs/performance.md.
 */
import { randomUUID } from 'node:crypto';
import postgres from 'postgres';
import { connect, type Connection } from '@/db/connect';
import { migrate } from '@/db/migrate';
import { seedDemo, seedReference } from '@/db/seed';
import { withDatabase } from '@/db/testing/config';
import { generateResidents } from '@/db/seed/residents';
import { calendar } from '@/lib/calendar';
import { population } from '@/lib/population';
import { listOfflineRegistries } from '@/lib/registries';
import { renderBirthCertificatePdf, type BirthCertificateContent } from '@/lib/documents/birth-certificate-pdf';
import { DOCUMENT_KEY_PURPOSE, signDocumentToken, verifyDocumentTokenWithJwks } from '@/lib/documents/document-token';
import { publicJwks } from '@/lib/signing/keys';

type Row = [string, string, string];
const rows: Row[] = [];

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

const lite = await connect('memory://');
await benchDatabase('PGlite', lite);
await lite.close();

const server = process.env.TEST_DATABASE_URL;
if (server) {
  const name = `hotich_bench_${randomUUID().slice(0, 8)}`;
  const admin = postgres(server, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE ${name}`);
  const pg = await connect(withDatabase(server, name));
  await benchDatabase('PostgreSQL', pg);
  await pg.close();
  await admin.unsafe(`DROP DATABASE ${name} WITH (FORCE)`);
  await admin.end();
}

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
const tokenDb = await connect('memory://');
await migrate(tokenDb);
const token = await signDocumentToken(tokenDb.db, { documentId: randomUUID(), kind: 'birthCertificate', holderFullName: 'Trần Minh Khôi', dateOfBirth: '2026-11-15', entryNumber: '12', book: '01/2026', registryCode: '00070', issuedOn: '2026-11-23', version: 1 });
const jwks = await publicJwks(tokenDb.db, DOCUMENT_KEY_PURPOSE);
const verifyTimes: number[] = [];
for (let i = 0; i < 1000; i++) verifyTimes.push((await time(() => verifyDocumentTokenWithJwks(jwks, token))).ms);
rows.push(['—', `QR token verification offline against the JWKS (${token.length} chars, 1,000 runs)`, percentiles(verifyTimes)]);
await tokenDb.close();

const sent = new Date('2026-02-13T09:30:00Z');
const n = 100_000;
const cal = await time(async () => {
  for (let i = 0; i < n; i++) calendar.confirmationDeadline(new Date(sent.getTime() + i * 60_000));
});
rows.push(['—', `confirmation deadline (${n.toLocaleString('en')} calls)`, `${((n / cal.ms) * 1000).toFixed(0)} calls/s`]);

console.log('| database | what | result |\n|---|---|---|');
for (const r of rows) console.log(`| ${r.join(' | ')} |`);
