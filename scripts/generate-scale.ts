/*
 * `npm run db:generate-scale -- --births 21000000`: fills a PostgreSQL database with the register
 * of the Electronic Civil Status Database at national scale, for `npm run bench` (issue 8).
 *
 *   --births N        birth entries (default 1,000,000), each with the child, the mother and
 *                     (97 %) the father
 *   --marriages N     marriage entries (default births × 4.1/21)
 *   --deaths N        death entries (default births × 2.9/21)
 *   --database-url U  default SCALE_DATABASE_URL, else postgres://postgres@127.0.0.1:5432/scale_bench;
 *                     created when missing
 *   --recreate        drop and create the database first (otherwise it must hold no entries)
 *   --from-year Y, --to-year Y   registration years (default 1990–2025)
 *   --seed S          PRNG seed (default 20261208)
 *
 * The database is migrated (db/migrate.ts) and given the reference data (seedReference: the
 * 3,321 registries) like any installation. The loaded tables' keys, indexes and foreign keys are
 * read from the catalogue, dropped, the rows streamed in with `COPY … FREEZE` (generated on the
 * fly, never held in memory), and the same definitions recreated and checked identical; then
 * VACUUM ANALYZE. Deterministic: the same arguments give the same rows, ids included.
 *
 * The model, in registration order from 1 January of the first year: every day has its share of
 * births, marriages and deaths, each at a registry drawn by population (province population, wards
 * larger than communes). A birth is the next child of a family of that registry when one is due,
 * else the first child of a new family; a marriage starts a family whose children follow. Parents
 * born since 1990 are children registered earlier (so their e-records hold their own birth, their
 * marriage and their children's births); older parents and most of the deceased are born before
 * the register starts. Entry numbers run per registry, book (01/<year>) and event type.
 */
import { execFile } from 'node:child_process';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import type { Writable } from 'node:stream';
import postgres from 'postgres';
import { connect } from '@/db/connect';
import { migrate } from '@/db/migrate';
import { seedReference } from '@/db/seed';
import { printedRegistryName } from '@/lib/documents/registry-text';
import { nameKey } from '@/lib/civil-status/name-key';
import { LEGACY_PROVINCES } from '@/lib/reference';
import { mulberry32 } from '@/db/seed/residents';

// ---------------------------------------------------------------------------------------------
// Arguments

function parseArgs(argv: string[]) {
  const flags = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) throw new Error(`Unexpected argument ${arg}`);
    const [key, inline] = arg.slice(2).split('=', 2) as [string, string | undefined];
    if (key === 'recreate') flags.set(key, 'true');
    else if (inline !== undefined) flags.set(key, inline);
    else {
      const value = argv[++i];
      if (value === undefined) throw new Error(`--${key} needs a value`);
      flags.set(key, value);
    }
  }
  const known = new Set(['births', 'marriages', 'deaths', 'database-url', 'recreate', 'from-year', 'to-year', 'seed']);
  for (const k of flags.keys()) if (!known.has(k)) throw new Error(`Unknown flag --${k}`);
  const int = (key: string, fallback: number) => {
    const raw = flags.get(key);
    if (raw === undefined) return fallback;
    const n = Number(raw.replace(/[_,]/g, ''));
    if (!Number.isSafeInteger(n) || n < 0) throw new Error(`--${key} must be a whole number`);
    return n;
  };
  const births = int('births', 1_000_000);
  return {
    births,
    marriages: int('marriages', Math.round((births * 4.1) / 21)),
    deaths: int('deaths', Math.round((births * 2.9) / 21)),
    url: flags.get('database-url') ?? process.env.SCALE_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/scale_bench',
    recreate: flags.has('recreate'),
    fromYear: int('from-year', 1990),
    toYear: int('to-year', 2025),
    seed: int('seed', 20261208),
  };
}

const args = parseArgs(process.argv.slice(2));
if (args.fromYear > args.toYear || args.fromYear < 1950 || args.toYear > 2099) throw new Error('Years must be 1950 ≤ from ≤ to ≤ 2099');
const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;
const log = (msg: string) => console.log(`[${new Date().toISOString().slice(11, 19)} +${elapsed()}] ${msg}`);
const fmt = (n: number) => n.toLocaleString('en');

// ---------------------------------------------------------------------------------------------
// Randomness, dates, personal ID numbers

const rand = mulberry32(args.seed);
const randInt = (n: number) => Math.floor(rand() * n);

/** Cumulative weights, drawn from by bisection. */
function sampler(weights: readonly number[]) {
  const cumulative = new Float64Array(weights.length);
  let sum = 0;
  weights.forEach((w, i) => (cumulative[i] = sum += w));
  return () => {
    const r = rand() * sum;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cumulative[mid]! > r) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
}

/** Days since 1970-01-01; ISO strings of every day from 1880 are computed once. */
const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(1880, 0, 1) / DAY_MS;
const LAST_DAY = Date.UTC(2100, 0, 1) / DAY_MS;
const ISO: string[] = [];
for (let d = FIRST_DAY; d < LAST_DAY; d++) ISO.push(new Date(d * DAY_MS).toISOString().slice(0, 10));
const YEAR = Int16Array.from(ISO, (s) => Number(s.slice(0, 4)));
const iso = (day: number) => ISO[day - FIRST_DAY]!;
const yearOf = (day: number) => YEAR[day - FIRST_DAY]!;
const dayOf = (year: number, month = 1, date = 1) => Date.UTC(year, month - 1, date) / DAY_MS;
const randomDayIn = (year: number) => dayOf(year) + randInt(dayOf(year + 1) - dayOf(year));
/** Registration time as stored in created_at / updated_at / locked_at (a working morning in Vietnam). */
const stamp = (day: number) => `${iso(day)} 02:30:00+00`;

function hash32(x: number) {
  x = Math.imul(x ^ (x >>> 16), 0x7feb352d);
  x = Math.imul(x ^ (x >>> 15), 0x846ca68b);
  return (x ^ (x >>> 16)) >>> 0;
}
const prefixesOf = new Map<string, string[]>();
for (const p of LEGACY_PROVINCES) prefixesOf.set(p.mergedIntoCode, [...(prefixesOf.get(p.mergedIntoCode) ?? []), p.idPrefix]);

/**
 * PPP G YY RRRRRR (identity-numbers.md): the sequence is a counter per place, century+sex and year,
 * spread over the six digits by a bijection (×387,169 plus an offset per prefix, mod 10⁶), so numbers
 * are unique and look random.
 */
const idCounters = new Map<string, number>();
function personalId(prefix: string, sex: Sex, birthYear: number): string {
  if (birthYear < 1900) throw new Error(`No personal ID for a birth in ${birthYear}`);
  const g = (Math.floor((birthYear - 1900) / 100) * 2 + (sex === 'female' ? 1 : 0)).toString();
  const head = `${prefix}${g}${String(birthYear % 100).padStart(2, '0')}`;
  const n = idCounters.get(head) ?? 0;
  if (n >= 1_000_000) throw new Error(`More than a million personal IDs in ${head}`);
  idCounters.set(head, n + 1);
  return head + String((n * 387_169 + (hash32(Number(head)) % 1_000_000)) % 1_000_000).padStart(6, '0');
}

/** Entry ids: a random-looking (v4-shaped) uuid whose last group is the entry's counter, so unique. */
const hex = (n: number, width: number) => n.toString(16).padStart(width, '0');
function entryUuid(n: number) {
  const a = hash32(n ^ args.seed);
  const b = hash32(a ^ 0x9e3779b9);
  return `${hex(a, 8)}-${hex(b >>> 16, 4)}-4${hex(b & 0xfff, 3)}-${hex(0x8000 | (hash32(b) & 0x3fff), 4)}-${hex(n, 12)}`;
}

// ---------------------------------------------------------------------------------------------
// Names: common Vietnamese surnames, middle and given names with their rough frequencies

type Sex = 'male' | 'female';
const nfc = (s: string) => s.normalize('NFC');

const SURNAMES: [string, number][] = [
  ['Nguyễn', 38], ['Trần', 11], ['Lê', 9.5], ['Phạm', 7], ['Hoàng', 4.5], ['Huỳnh', 3.5], ['Phan', 4.5], ['Vũ', 3.9], ['Võ', 3.2],
  ['Đặng', 2.1], ['Bùi', 2], ['Đỗ', 1.4], ['Hồ', 1.3], ['Ngô', 1.3], ['Dương', 1], ['Lý', 0.5], ['Đinh', 0.6], ['Trịnh', 0.5],
  ['Đào', 0.5], ['Lương', 0.4], ['Mai', 0.4], ['Cao', 0.4], ['Tạ', 0.3], ['Lâm', 0.3], ['Hà', 0.4], ['Trương', 0.5], ['Tô', 0.2],
  ['Chu', 0.2], ['Quách', 0.1], ['Thái', 0.2], ['Văn', 0.1], ['Kiều', 0.1], ['Tăng', 0.1], ['Lục', 0.1], ['Nông', 0.2], ['Lò', 0.2],
  ['Giàng', 0.15], ['Sùng', 0.1], ['Vàng', 0.1], ['Thào', 0.1], ['Y', 0.05], ['Thạch', 0.1], ['Danh', 0.05], ['Triệu', 0.2],
];

const MIDDLE: Record<Sex, [string, number][]> = {
  male: [
    ['Văn', 30], ['Đức', 7], ['Minh', 9], ['Quang', 5], ['Hữu', 5], ['Công', 4], ['Thành', 3], ['Anh', 3], ['Gia', 4], ['Xuân', 2],
    ['Tuấn', 2], ['Ngọc', 3], ['Thanh', 3], ['Hoàng', 3], ['Quốc', 4], ['Trung', 2], ['Bảo', 4], ['Đình', 4], ['Duy', 3], ['Tiến', 2],
    ['Mạnh', 1], ['Hải', 2], ['Nhật', 3], ['Thế', 2], ['Trọng', 2], ['Khắc', 1], ['Viết', 1], ['Chí', 2], ['Phúc', 1], ['Tấn', 1],
    ['Văn Minh', 0.5], ['Đức Anh', 0.5], ['Minh Quang', 0.4], ['Hoàng Gia', 0.4],
  ],
  female: [
    ['Thị', 38], ['Ngọc', 8], ['Thu', 5], ['Thanh', 5], ['Minh', 4], ['Phương', 3], ['Hồng', 3], ['Thùy', 3], ['Bảo', 4], ['Khánh', 3],
    ['Mai', 2], ['Kim', 3], ['Hoài', 1], ['Diệu', 1], ['Quỳnh', 1], ['Thảo', 2], ['Hải', 1], ['Tuyết', 1], ['Bích', 1], ['Như', 2],
    ['Mỹ', 2], ['Lan', 1], ['Thúy', 1], ['Hà', 1], ['Gia', 1], ['Cẩm', 1], ['Huyền', 1], ['Yến', 1],
    ['Thị Thu', 1.5], ['Thị Ngọc', 1.5], ['Thị Thanh', 1], ['Thị Kim', 1], ['Thị Mỹ', 0.8], ['Ngọc Bảo', 0.5], ['Thị Hồng', 1],
  ],
};

// Given names, roughly most common first (drawn with a Zipf-like weight by position).
const GIVEN: Record<Sex, string[]> = {
  male: `Anh Minh Huy Nam Dũng Tuấn Hùng Long Đức Hải Sơn Thắng Cường Hiếu Khánh Phong Quân Trung Tùng Việt Bình Duy Đạt Hoàng
    Khoa Phúc Tâm Thành Vinh Lộc Bảo Khang Khôi Nhật Quang Tài Thịnh Tiến Toàn Trí Vũ Hưng Kiên Lâm Lợi Mạnh Nghĩa Nguyên Nhân
    Phát Phú Quốc Sang Tân Thái Thanh Thiện Thuận Trường Tú Tuệ Chiến Công Danh Dương Định Đông Giang Hà Hào Hậu Hiển Hiệp Hòa Học
    Khải Lân Linh Luân Lực Ngọc Ninh Phương Quý Quyết Thông Trọng Triều Tường Văn Vĩnh Vương Xuân Yên Bách Cảnh Chính Chung Đăng
    Đoàn Giáp Hoan Huân Hữu Khiêm Khương Kiệt Lập Luật Mẫn Nhất Nhựt Pháp Phi Quảng Sĩ Sinh Sỹ Tấn Thạc Thế Thống Thụy Tín Tĩnh
    Trác Triết Trực Tuyên Uy Vận Vỹ An Ân Bắc Cẩn Châu Chương Diễn Dự Điền Đại Đạo Độ Hạ Hiền Hoạt Hồng Huấn Kha Khiết Khởi Lai
    Lễ Liêm Mậu Nghị Ngôn Nhàn Phước Quyền Sáng Tạo Thạch Thân Thiên Thiệp Thường Tiệp Tín Toản Trãi Trình Tuân Tụng Vấn Vượng`
    .split(/\s+/),
  female: `Anh Linh Ngọc Hương Trang Lan Hà Thảo Huyền Mai Phương Hằng Nhung Thu Hoa Yến Giang Vân Dung Hạnh Chi My Ngân Quỳnh Hiền
    Loan Oanh Thủy Trâm Uyên Vy Nhi Hân An Ánh Bích Châu Diễm Diệp Duyên Đào Hậu Hồng Huệ Hường Khánh Khuê Kiều Lam Liên Liễu
    Ly Minh Mỹ Nga Nghi Nguyệt Nhàn Phượng Quế Quyên Sương Tâm Thanh Thắm Thơ Thoa Thư Thúy Thùy Tiên Trinh Tú Tuyết Uyển Xuân Ái
    Bình Cúc Dạ Đan Điệp Hải Hiên Hoàn Huyên Kim Lệ Lụa Lựu Mơ Nhã Nhạn Như Nhiên Sen Thi Thục Thương Trà Trúc Tường Xuyến Hảo Lài
    Mây Ngà Ngát Phúc Tình Tươi Vui Ý Diệu Giao Hạ Khanh Lành Mận Nương Phấn Quyền Son Thiện Việt Yên Hoài Gấm Hiếu Huế Kha Khuyên
    Lộc Mến Nhàn Nhị Nụ Phụng Sa Tho Thoại Thuần Thuận Thuyên Trầm Triều Trinh Tuệ Vinh Xoan Yên`
    .split(/\s+/),
};
const surnameOf = sampler(SURNAMES.map(([, w]) => w));
const middleOf: Record<Sex, () => number> = { male: sampler(MIDDLE.male.map(([, w]) => w)), female: sampler(MIDDLE.female.map(([, w]) => w)) };
const givenOf: Record<Sex, () => number> = {
  male: sampler(GIVEN.male.map((_, i) => 1 / (i + 3) ** 0.9)),
  female: sampler(GIVEN.female.map((_, i) => 1 / (i + 3) ** 0.9)),
};

/** A name as three indices packed in one number: surname, middle, given (sex known from context). */
const packName = (s: number, m: number, g: number) => s * 1_000_000 + m * 1000 + g;
const nameCache: Record<Sex, Map<number, { fullName: string; key: string }>> = { male: new Map(), female: new Map() };
function nameOf(sex: Sex, packed: number) {
  let n = nameCache[sex].get(packed);
  if (!n) {
    const s = Math.floor(packed / 1_000_000);
    const m = Math.floor(packed / 1000) % 1000;
    const fullName = nfc(`${SURNAMES[s]![0]} ${MIDDLE[sex][m]![0]} ${GIVEN[sex][packed % 1000]!}`);
    n = { fullName, key: nameKey(fullName) };
    nameCache[sex].set(packed, n);
  }
  return n;
}
const newName = (sex: Sex, surname = surnameOf()) => packName(surname, middleOf[sex](), givenOf[sex]());

// ---------------------------------------------------------------------------------------------
// People and families

type Person = {
  id: string | null;
  sex: Sex;
  name: number;
  dob: number;
  /** The registration that first concerned them: their e-record's created_at. */
  firstDay: number;
  lastDay: number;
  marital: 'married' | 'widowed' | null;
  diedDay: number | null;
};

type Family = {
  registry: number;
  father: Person | null;
  mother: Person;
  childrenLeft: number;
  /** The day the next child is due (a heap key per registry). */
  due: number;
  ended: boolean;
};

/**
 * Children born in the first years of the register, kept compactly until they become parents (or
 * until the end, when their e-records are written): one bucket per year of birth and sex.
 */
class Pool {
  id = new Float64Array(1024);
  name = new Int32Array(1024);
  dob = new Int32Array(1024);
  first = new Int32Array(1024);
  size = 0;
  push(id: string, name: number, dob: number, first: number) {
    if (this.size === this.id.length) {
      const grow = <T extends Float64Array | Int32Array>(a: T): T => {
        const b = new (a.constructor as new (n: number) => T)(a.length * 2);
        b.set(a);
        return b;
      };
      this.id = grow(this.id);
      this.name = grow(this.name);
      this.dob = grow(this.dob);
      this.first = grow(this.first);
    }
    const i = this.size++;
    this.id[i] = Number(id);
    this.name[i] = name;
    this.dob[i] = dob;
    this.first[i] = first;
  }
  /** Takes a random member out (swap with the last). */
  take(sex: Sex): Person | null {
    if (this.size === 0) return null;
    const i = randInt(this.size);
    const last = --this.size;
    const p: Person = { id: String(this.id[i]).padStart(12, '0'), sex, name: this.name[i]!, dob: this.dob[i]!, firstDay: this.first[i]!, lastDay: this.first[i]!, marital: null, diedDay: null };
    this.id[i] = this.id[last]!;
    this.name[i] = this.name[last]!;
    this.dob[i] = this.dob[last]!;
    this.first[i] = this.first[last]!;
    return p;
  }
}
const pools = new Map<string, Pool>();
const poolOf = (year: number, sex: Sex) => {
  const k = `${year}${sex}`;
  let p = pools.get(k);
  if (!p) pools.set(k, (p = new Pool()));
  return p;
};
/** Children born up to this year may become parents (at 18) before the register ends. */
const LAST_POOL_YEAR = args.toYear - 18;

/** Open families of one registry, by the day their next child is due (binary min-heap). */
class FamilyHeap {
  items: Family[] = [];
  push(f: Family) {
    const a = this.items;
    a.push(f);
    let i = a.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (a[parent]!.due <= f.due) break;
      a[i] = a[parent]!;
      i = parent;
    }
    a[i] = f;
  }
  peek(): Family | undefined {
    return this.items[0];
  }
  pop(): Family | undefined {
    const a = this.items;
    const top = a[0];
    const last = a.pop();
    if (a.length > 0 && last) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        const key = (j: number) => (j === i ? last.due : a[j]!.due);
        if (l < a.length && a[l]!.due < key(m)) m = l;
        if (r < a.length && a[r]!.due < key(m)) m = r;
        if (m === i) break;
        a[i] = a[m]!;
        i = m;
      }
      a[i] = last;
    }
    return top;
  }
}

// ---------------------------------------------------------------------------------------------
// COPY streams

const RECORD_COLUMNS = 'id, event_type, registration_type, subject_personal_id, other_party_personal_id, name_on_record, registry_code, registry_name, entry_number, book, registered_on, digitized, status, created_at';
const PERSON_COLUMNS = 'record_id, role, personal_id, full_name, date_of_birth, name_key';
const PERSON_RECORD_COLUMNS = 'personal_id, marital_status, locked_at, created_at, updated_at';

/** One table's COPY … FROM STDIN FREEZE, in its own transaction (TRUNCATE first, as FREEZE requires). */
class CopySink {
  private buf = '';
  rows = 0;
  private constructor(
    private readonly conn: postgres.ReservedSql,
    private readonly stream: Writable,
  ) {}
  static async open(sql: postgres.Sql, table: string, columns: string) {
    const conn = await sql.reserve();
    await lowPriority(conn);
    await conn.unsafe('begin');
    await conn.unsafe(`truncate ${table}`);
    const query = conn.unsafe(`copy ${table} (${columns}) from stdin with (freeze)`);
    const stream = await query.writable();
    // An error of the COPY (a bad row) ends the query, not the stream: fail the stream with it.
    query.catch((err: unknown) => stream.destroy(err instanceof Error ? err : new Error(String(err))));
    return new CopySink(conn, stream);
  }
  add(line: string) {
    this.buf += line;
    this.rows++;
  }
  async flush(force = false) {
    if (this.buf.length < 1 << 18 && !force) return;
    const chunk = this.buf;
    this.buf = '';
    if (!this.stream.write(chunk)) await once(this.stream, 'drain');
  }
  async close() {
    await this.flush(true);
    this.stream.end();
    await finished(this.stream);
    await this.conn.unsafe('commit');
    this.conn.release();
  }
}

const N = '\\N';

/** Best effort: the backend doing the work runs at the lowest CPU and I/O priority when local. */
async function lowPriority(conn: postgres.Sql | postgres.ReservedSql) {
  const host = new URL(args.url).hostname;
  if (!['127.0.0.1', 'localhost', '::1', '[::1]', ''].includes(host)) return;
  const [row] = await conn<{ pid: number }[]>`select pg_backend_pid() as pid`;
  const pid = String(row!.pid);
  const run = (cmd: string, argv: string[]) => new Promise<void>((resolve) => execFile(cmd, argv, () => resolve()));
  await run('renice', ['-n', '19', '-p', pid]);
  await run('ionice', ['-c3', '-p', pid]);
}

// ---------------------------------------------------------------------------------------------
// Database, migrations, reference data

function withDatabase(url: string, database: string) {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

const database = decodeURIComponent(new URL(args.url).pathname.slice(1));
if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(database)) throw new Error(`Unsupported database name "${database}"`);
if (database === 'test') throw new Error('The test database is not a scale database');
{
  const admin = postgres(withDatabase(args.url, 'postgres'), { max: 1, onnotice: () => {} });
  const [exists] = await admin`select 1 from pg_database where datname = ${database}`;
  if (exists && args.recreate) {
    log(`dropping database ${database}`);
    await admin.unsafe(`drop database "${database}" with (force)`);
  }
  if (!exists || args.recreate) {
    log(`creating database ${database}`);
    await admin.unsafe(`create database "${database}"`);
  }
  await admin.end();
}
{
  const conn = await connect(args.url);
  await migrate(conn);
  await seedReference(conn.db);
  await conn.close();
}
log(`migrated, reference data loaded: ${database}`);

const sql = postgres(args.url, { max: 6, onnotice: () => {} });
const LOADED = ['civil_status_records', 'record_persons', 'person_records'];
{
  const [row] = await sql<{ n: number }[]>`select (select count(*) from (select 1 from civil_status_records limit 1) a) + (select count(*) from (select 1 from person_records limit 1) b) as n`;
  if (Number(row!.n) > 0) throw new Error(`${database} already holds entries: use --recreate to start again`);
}

type Registry = { code: string; name: string; provinceCode: string; type: string };
const registries = (
  await sql<{ code: string; province_code: string; commune_name: string; province_name: string; type: string }[]>`
    select r.code, r.province_code, c.full_name as commune_name, p.full_name as province_name, c.type
    from registries r join communes c on c.code = r.commune_code join provinces p on p.code = r.province_code
    order by r.code`
).map((r): Registry => ({ code: r.code, provinceCode: r.province_code, type: r.type, name: printedRegistryName({ communeName: r.commune_name, provinceName: r.province_name }) }));
if (registries.length === 0) throw new Error('No registries: the reference data is missing');

/** Population of the 34 provinces (millions, 2025, rounded): how births spread over registries. */
const PROVINCE_POPULATION: Record<string, number> = {
  '01': 8.7, '04': 0.57, '08': 1.87, '11': 0.64, '12': 0.49, '14': 1.3, '15': 1.78, '19': 1.8, '20': 0.8, '22': 1.4, '24': 3.6, '25': 4.0,
  '31': 4.7, '33': 3.6, '37': 4.4, '38': 4.3, '40': 3.8, '42': 1.6, '44': 1.9, '46': 1.4, '48': 3.1, '51': 2.2, '52': 3.6, '56': 2.2,
  '66': 3.3, '68': 3.9, '75': 4.5, '79': 14, '80': 3.3, '82': 4.4, '86': 4.3, '91': 4.9, '92': 4.2, '96': 2.6,
};
const registryWeights = (() => {
  const typeWeight = (t: string) => (t === 'phuong' ? 1.6 : t === 'xa' ? 1 : 0.3);
  const raw = registries.map((r) => typeWeight(r.type) * (0.4 + 1.2 * rand()));
  const sumByProvince = new Map<string, number>();
  registries.forEach((r, i) => sumByProvince.set(r.provinceCode, (sumByProvince.get(r.provinceCode) ?? 0) + raw[i]!));
  return registries.map((r, i) => ((PROVINCE_POPULATION[r.provinceCode] ?? 1) * raw[i]!) / sumByProvince.get(r.provinceCode)!);
})();
const registryOf = sampler(registryWeights);
const prefixOf = (registry: number) => {
  const list = prefixesOf.get(registries[registry]!.provinceCode) ?? ['001'];
  return list[randInt(list.length)]!;
};

// ---------------------------------------------------------------------------------------------
// Drop the keys, indexes and foreign keys of the loaded tables (recreated after the load)

type Definition = { kind: 'p' | 'u' | 'f' | 'index'; name: string; table: string; def: string };
async function definitions(): Promise<Definition[]> {
  const constraints = await sql<{ kind: 'p' | 'u' | 'f'; name: string; table: string; def: string }[]>`
    select c.contype as kind, c.conname as name, c.conrelid::regclass::text as table, pg_get_constraintdef(c.oid) as def
    from pg_constraint c
    where (c.conrelid::regclass::text in ${sql(LOADED)} and c.contype in ('p', 'u', 'f'))
       or (c.confrelid <> 0 and c.confrelid::regclass::text in ${sql(LOADED)} and c.contype = 'f')
    order by 1, 2`;
  const indexes = await sql<{ name: string; table: string; def: string }[]>`
    select i.indexname as name, i.tablename as table, i.indexdef as def
    from pg_indexes i
    where i.schemaname = 'public' and i.tablename in ${sql(LOADED)}
      and not exists (select 1 from pg_constraint c where c.conname = i.indexname and c.contype in ('p', 'u'))
    order by 2, 1`;
  return [...constraints.map((c) => ({ ...c })), ...indexes.map((i) => ({ kind: 'index' as const, ...i }))];
}
const quote = (id: string) => `"${id.replace(/"/g, '""')}"`;

const before = await definitions();
log(`dropping ${before.length} keys, indexes and foreign keys of ${LOADED.join(', ')} for the load`);
for (const d of before.filter((x) => x.kind === 'f')) await sql.unsafe(`alter table ${d.table} drop constraint ${quote(d.name)}`);
for (const d of before.filter((x) => x.kind === 'p' || x.kind === 'u')) await sql.unsafe(`alter table ${d.table} drop constraint ${quote(d.name)}`);
for (const d of before.filter((x) => x.kind === 'index')) await sql.unsafe(`drop index ${quote(d.name)}`);
// birth_counts is kept by a row trigger on every child written; for the load it is filled once, after.
await sql.unsafe('alter table record_persons disable trigger birth_counts_child_insert');
// If the load fails, say that the trigger is still off (the counts would silently come out low).
let triggerRestored = false;
process.on('exit', () => {
  if (!triggerRestored) console.error('birth_counts_child_insert is still disabled: run "alter table record_persons enable trigger birth_counts_child_insert" and refill birth_counts');
});

// ---------------------------------------------------------------------------------------------
// Generation

const records = await CopySink.open(sql, 'civil_status_records', RECORD_COLUMNS);
const persons = await CopySink.open(sql, 'record_persons', PERSON_COLUMNS);
const personRecords = await CopySink.open(sql, 'person_records', PERSON_RECORD_COLUMNS);

const DIGITISED_BEFORE = dayOf(2020);
const EVENT = { birth: 0, marriage: 1, death: 2 } as const;
const counters = new Int32Array(registries.length * 3);
const heaps = registries.map(() => new FamilyHeap());
let entryCount = 0;

function writeRecord(event: keyof typeof EVENT, registry: number, day: number, registrationType: string, subject: string, otherParty: string | null, nameOnRecord: string): string {
  const id = entryUuid(++entryCount);
  const r = registries[registry]!;
  const number = ++counters[registry * 3 + EVENT[event]]!;
  const digitized = day < DIGITISED_BEFORE;
  const status = digitized && rand() < 0.015 ? 'pendingApproval' : 'official';
  records.add(`${id}\t${event}\t${registrationType}\t${subject}\t${otherParty ?? N}\t${nameOnRecord}\t${r.code}\t${r.name}\t${number}\t01/${yearOf(day)}\t${iso(day)}\t${digitized ? 't' : 'f'}\t${status}\t${stamp(day)}\n`);
  return id;
}
function writePerson(recordId: string, role: string, p: Person) {
  const n = nameOf(p.sex, p.name);
  persons.add(`${recordId}\t${role}\t${p.id ?? N}\t${n.fullName}\t${iso(p.dob)}\t${n.key}\n`);
}
function writePersonRecord(p: Person) {
  if (!p.id) return;
  personRecords.add(`${p.id}\t${p.marital ?? N}\t${p.diedDay === null ? N : stamp(p.diedDay)}\t${stamp(p.firstDay)}\t${stamp(p.lastDay)}\n`);
}

/** Age at an event, in years, drawn around a peak. */
const ageAround = (peak: number, spread: number, min: number, max: number) => {
  const a = Math.round(peak + (rand() + rand() + rand() - 1.5) * spread);
  return Math.min(max, Math.max(min, a));
};

/** A parent or spouse born in `year`: a child registered earlier when the register has one, else someone born before it. */
function adult(sex: Sex, year: number, registry: number, day: number, legacyWithoutId: boolean): Person {
  if (year >= args.fromYear && year <= LAST_POOL_YEAR) {
    const p = poolOf(year, sex).take(sex);
    if (p) return p;
  }
  const dob = randomDayIn(year);
  return { id: legacyWithoutId ? null : personalId(prefixOf(registry), sex, year), sex, name: newName(sex), dob, firstDay: day, lastDay: day, marital: null, diedDay: null };
}

/** Writes the e-records of a family's parents once nothing more will happen to them here. */
function closeFamily(f: Family) {
  f.ended = true;
  writePersonRecord(f.mother);
  if (f.father) writePersonRecord(f.father);
}

const plannedChildren = sampler([0.27, 0.45, 0.2, 0.08]); // 1, 2, 3, 4 children
const nextDue = (day: number) => day + 450 + randInt(1500);

function birth(day: number, registry: number) {
  const heap = heaps[registry]!;
  let family: Family | undefined;
  for (;;) {
    const top = heap.peek();
    if (!top || top.due > day) break;
    heap.pop();
    if (top.ended) continue;
    if (yearOf(day) - yearOf(top.mother.dob) > 44) {
      closeFamily(top);
      continue;
    }
    family = top;
    break;
  }
  const year = yearOf(day);
  if (!family) {
    const legacy = year < 2000 && rand() < 0.04;
    const motherAge = ageAround(27, 12, 17, 42);
    const mother = adult('female', year - motherAge, registry, day, legacy);
    const father = rand() < 0.97 ? adult('male', year - motherAge - 1 + ageAround(3, 6, -2, 12), registry, day, legacy) : null;
    family = { registry, father, mother, childrenLeft: plannedChildren() + 1, due: day, ended: false };
  }
  const late = rand() < 0.06;
  const dob = late ? day - 60 - randInt(365 * 6) : day - randInt(60);
  const dobYear = yearOf(dob);
  const sex: Sex = rand() < 0.512 ? 'male' : 'female';
  const surname = Math.floor((family.father ?? family.mother).name / 1_000_000);
  const child: Person = { id: personalId(prefixOf(registry), sex, dobYear), sex, name: newName(sex, surname), dob, firstDay: day, lastDay: day, marital: null, diedDay: null };
  const childName = nameOf(sex, child.name).fullName;
  const id = writeRecord('birth', registry, day, late ? 'late' : 'onTime', child.id!, null, childName);
  writePerson(id, 'child', child);
  writePerson(id, 'mother', family.mother);
  if (family.father) writePerson(id, 'father', family.father);
  family.mother.lastDay = day;
  if (family.father) family.father.lastDay = day;
  if (dobYear >= args.fromYear && dobYear <= LAST_POOL_YEAR) poolOf(dobYear, sex).push(child.id!, child.name, dob, day);
  else writePersonRecord(child);

  family.childrenLeft--;
  if (family.childrenLeft > 0) {
    family.due = nextDue(day);
    heap.push(family);
  } else closeFamily(family);
}

function marriage(day: number, registry: number) {
  const year = yearOf(day);
  const husband = adult('male', year - ageAround(28, 10, 20, 45), registry, day, false);
  const wife = adult('female', year - ageAround(25, 9, 18, 40), registry, day, false);
  for (const p of [husband, wife]) {
    p.marital = 'married';
    p.lastDay = day;
  }
  const names = [nameOf('male', husband.name).fullName, nameOf('female', wife.name).fullName];
  const id = writeRecord('marriage', registry, day, 'new', husband.id!, wife.id!, `${names[0]} – ${names[1]}`);
  writePerson(id, 'husband', husband);
  writePerson(id, 'wife', wife);
  heaps[registry]!.push({ registry, father: husband, mother: wife, childrenLeft: plannedChildren() + 1, due: day + 240 + randInt(900), ended: false });
}

function death(day: number, registry: number) {
  let deceased: Person | null = null;
  let family: Family | null = null;
  // One death in eight is a parent of an open family of the registry; the others were born before the register.
  const open = heaps[registry]!.items;
  if (open.length > 0 && rand() < 0.125) {
    const f = open[randInt(open.length)]!;
    const p = f.father && rand() < 0.65 ? f.father : f.mother;
    if (!f.ended && p.id) {
      deceased = p;
      family = f;
    }
  }
  const late = rand() < 0.08;
  const diedOn = late ? day - 30 - randInt(365 * 3) : day - randInt(30);
  if (!deceased) {
    const sex: Sex = rand() < 0.52 ? 'male' : 'female';
    const born = Math.max(1900, yearOf(diedOn) - ageAround(74, 30, 40, 102));
    deceased = { id: personalId(prefixOf(registry), sex, born), sex, name: newName(sex), dob: randomDayIn(born), firstDay: day, lastDay: day, marital: null, diedDay: null };
  }
  deceased.diedDay = day;
  deceased.lastDay = day;
  const id = writeRecord('death', registry, day, late ? 'late' : 'onTime', deceased.id!, null, nameOf(deceased.sex, deceased.name).fullName);
  writePerson(id, 'deceased', deceased);
  if (family) {
    // The surviving spouse is widowed; nothing more happens to the family here, so its e-records are written now.
    const spouse = deceased === family.father ? family.mother : family.father;
    if (spouse?.marital === 'married') {
      spouse.marital = 'widowed';
      spouse.lastDay = day;
    }
    closeFamily(family);
  } else writePersonRecord(deceased); // someone the register had not met: their e-record is created by the death, locked
}

const firstDay = dayOf(args.fromYear);
const endDay = dayOf(args.toYear + 1);
const totalDays = endDay - firstDay;
const totals = { births: args.births, marriages: args.marriages, deaths: args.deaths };
const done = { births: 0, marriages: 0, deaths: 0 };
log(`generating ${fmt(totals.births)} births, ${fmt(totals.marriages)} marriages, ${fmt(totals.deaths)} deaths over ${args.fromYear}–${args.toYear}, ${fmt(registries.length)} registries`);

let lastLog = Date.now();
let currentYear = -1;
for (let day = firstDay; day < endDay; day++) {
  const year = yearOf(day);
  if (year !== currentYear) {
    currentYear = year;
    counters.fill(0);
  }
  // Each day's share, so that the totals are exact; the kinds interleave as they would at a desk.
  const share = (total: number) => Math.round((total * (day - firstDay + 1)) / totalDays);
  const todo = { births: share(totals.births) - done.births, marriages: share(totals.marriages) - done.marriages, deaths: share(totals.deaths) - done.deaths };
  let left = todo.births + todo.marriages + todo.deaths;
  while (left > 0) {
    const r = randInt(left);
    const registry = registryOf();
    if (r < todo.births) {
      birth(day, registry);
      todo.births--;
      done.births++;
    } else if (r < todo.births + todo.marriages) {
      marriage(day, registry);
      todo.marriages--;
      done.marriages++;
    } else {
      death(day, registry);
      todo.deaths--;
      done.deaths++;
    }
    left--;
    if ((left & 255) === 0) await Promise.all([records.flush(), persons.flush(), personRecords.flush()]);
  }
  await Promise.all([records.flush(), persons.flush(), personRecords.flush()]);
  if (Date.now() - lastLog > 30_000) {
    lastLog = Date.now();
    const pct = ((100 * (done.births + done.marriages + done.deaths)) / (totals.births + totals.marriages + totals.deaths)).toFixed(1);
    log(`${iso(day)}: ${pct} % — ${fmt(records.rows)} entries, ${fmt(persons.rows)} entry persons, ${fmt(personRecords.rows)} e-records; heap ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MB`);
  }
}

// The end: every open family's parents and every child still waiting to become a parent.
for (const heap of heaps) for (const f of heap.items) if (!f.ended) closeFamily(f);
for (const [key, pool] of pools) {
  const sex: Sex = key.endsWith('female') ? 'female' : 'male';
  while (pool.size > 0) {
    writePersonRecord(pool.take(sex)!);
    if ((pool.size & 4095) === 0) await personRecords.flush();
  }
}
await Promise.all([records.close(), persons.close(), personRecords.close()]);
log(`loaded ${fmt(records.rows)} entries, ${fmt(persons.rows)} entry persons, ${fmt(personRecords.rows)} e-records`);

// ---------------------------------------------------------------------------------------------
// Keys, indexes, foreign keys as the migrations made them; then statistics

{
  const conn = await sql.reserve();
  await lowPriority(conn);
  await conn.unsafe(`set maintenance_work_mem = '1536MB'`);
  const step = async (what: string, statement: string) => {
    const t = Date.now();
    await conn.unsafe(statement);
    log(`${what} (${((Date.now() - t) / 1000).toFixed(0)} s)`);
  };
  for (const d of before.filter((x) => x.kind === 'p' || x.kind === 'u')) await step(`constraint ${d.name}`, `alter table ${d.table} add constraint ${quote(d.name)} ${d.def}`);
  for (const d of before.filter((x) => x.kind === 'index')) await step(`index ${d.name}`, d.def);
  for (const d of before.filter((x) => x.kind === 'f')) await step(`foreign key ${d.name}`, `alter table ${d.table} add constraint ${quote(d.name)} ${d.def}`);
  await step('birth counts emptied', 'truncate birth_counts');
  await step(
    'birth counts per registry and year of birth',
    `insert into birth_counts (registry_code, birth_year, births)
     select r.registry_code, extract(year from p.date_of_birth)::int, count(*)::int
     from civil_status_records r join record_persons p on p.record_id = r.id and p.role = 'child'
     where r.event_type = 'birth' and r.status = 'official' and p.date_of_birth is not null
     group by 1, 2`,
  );
  await step('trigger birth_counts_child_insert enabled', 'alter table record_persons enable trigger birth_counts_child_insert');
  triggerRestored = true;
  for (const t of [...LOADED, 'birth_counts']) await step(`vacuum analyze ${t}`, `vacuum (analyze) ${t}`);
  conn.release();
}
const after = await definitions();
const same = JSON.stringify(after) === JSON.stringify(before);
if (!same) {
  console.error({ before, after });
  throw new Error('The recreated keys and indexes differ from the migrated ones');
}
log(`keys, indexes and foreign keys identical to the migrations' (${after.length})`);

const [size] = await sql<{ size: string; bytes: string }[]>`select pg_size_pretty(pg_database_size(current_database())) as size, pg_database_size(current_database()) as bytes`;
log(`done: ${database} is ${size!.size}`);
await sql.end();
