import { deflateSync, inflateSync } from 'node:zlib';
import { compactVerify, createLocalJWKSet, decodeProtectedHeader, type JSONWebKeySet } from 'jose';
import { selectRecordsByIds } from '@/db/queries/civil-status';
import { selectDocumentsAfterIndex } from '@/db/queries/documents';
import { selectAdjustmentsOfRecords, type AdjustmentRow } from '@/db/queries/register-changes';
import type { Db } from '@/db/types';
import { statusOf, type DocumentStatus } from '@/lib/applications/documents-of-citizen';
import { population } from '@/lib/population';
import type { Person } from '@/lib/population/types';
import { signJwt } from '@/lib/signing/jws';
import type { KeyStore } from '@/lib/signing/key-store';
import { keyStore } from '@/lib/signing/keys';
import { DOCUMENT_KEY_PURPOSE } from './document-token';

/*
 * The status of every issued document, for verifiers that work from a cached copy (Circular
 * 01/2022 Art. 9(2)(b)–(c)): a signed JWT in the shape of the IETF OAuth "Token Status List"
 * (draft-ietf-oauth-status-list), in the spirit of the W3C Bitstring Status List. Each document's
 * token carries its index (`s`); the list holds 4 bits per document, compressed with DEFLATE
 * (zlib). The format is documented in docs/status-list.md.
 */

export const STATUS_LIST_TYPE = 'statuslist+jwt';
export const STATUS_BITS = 4;
/** The value of each status in the list; 0 is valid, and an index never issued reads 0 too. */
export const STATUS_VALUES: Record<DocumentStatus, number> = { valid: 0, superseded: 1, amended: 2, deleted: 3, cancelled: 4, expired: 5, noLongerValid: 6 };
/** How long a verifier may use a fetched list before fetching it again. */
export const STATUS_LIST_TTL_SECONDS = 3600;

/** How long the route serves one signed list before signing a new one (each signing reads every document). */
export const STATUS_LIST_CACHE_SECONDS = 60;
/** Documents read per query: their entries and adjustments are then read by at most this many ids. */
export const STATUS_LIST_BATCH = 1000;

/** Packs statuses by index: 2 per byte, the lower index in the lower 4 bits. */
export function packStatuses(statuses: ReadonlyMap<number, number>): Uint8Array {
  // A loop, not Math.max(...keys): spreading hundreds of thousands of arguments overflows the stack.
  let highest = 0;
  for (const index of statuses.keys()) if (index > highest) highest = index;
  const size = highest + 1;
  const bytes = new Uint8Array(Math.ceil(size / 2));
  for (const [index, value] of statuses) bytes[index >> 1]! |= (value & 0x0f) << ((index & 1) * 4);
  return bytes;
}

export function statusAt(bytes: Uint8Array, index: number): number {
  const byte = bytes[index >> 1];
  return byte === undefined ? 0 : (byte >> ((index & 1) * 4)) & 0x0f;
}

/**
 * Every issued document's status now, by its index: the same `statusOf` as the verify page and
 * "Giấy tờ của tôi" (documents-of-citizen.ts), fed a batch of documents at a time in index order,
 * with the entries and adjustments of that batch only, so no query names more than `batchSize`
 * ids (PostgreSQL takes at most 65,535 parameters) and memory holds one batch of rows.
 */
export async function currentStatuses(db: Db, now: Date, options: { batchSize?: number } = {}): Promise<Map<number, number>> {
  const batchSize = options.batchSize ?? STATUS_LIST_BATCH;
  const pop = population(db);
  // A holder with several certificates is looked up once per list.
  const people = new Map<string, Promise<Person | null>>();
  const findPerson = (id: string) => {
    let found = people.get(id);
    if (!found) people.set(id, (found = pop.findPerson(id)));
    return found;
  };
  const statuses = new Map<number, number>();
  let after = -1;
  for (;;) {
    const documents = await selectDocumentsAfterIndex(db, after, batchSize);
    if (documents.length === 0) break;
    const recordIds = [...new Set(documents.flatMap((d) => (d.recordId ? [d.recordId] : [])))];
    const [entries, adjustments] = await Promise.all([selectRecordsByIds(db, recordIds), selectAdjustmentsOfRecords(db, recordIds)]);
    const entryOf = new Map(entries.map((e) => [e.id, e]));
    const adjustmentsOf = new Map<string, AdjustmentRow[]>();
    for (const a of adjustments) {
      const list = adjustmentsOf.get(a.recordId);
      if (list) list.push(a);
      else adjustmentsOf.set(a.recordId, [a]);
    }
    for (const d of documents) {
      const register = d.recordId ? { entry: entryOf.get(d.recordId) ?? null, adjustments: adjustmentsOf.get(d.recordId) ?? [] } : { entry: null, adjustments: [] };
      const live = await statusOf(d, register, now, findPerson);
      statuses.set(d.statusIndex, STATUS_VALUES[live.status]);
    }
    after = documents.at(-1)!.statusIndex;
    if (documents.length < batchSize) break;
  }
  return statuses;
}

/** The signed list, as served at /api/status-list. */
export async function signedStatusList(db: Db, input: { uri: string; now: Date }, keys: KeyStore = keyStore(DOCUMENT_KEY_PURPOSE)): Promise<string> {
  const lst = Buffer.from(deflateSync(packStatuses(await currentStatuses(db, input.now)))).toString('base64url');
  const iat = Math.floor(input.now.getTime() / 1000);
  return signJwt(await keys.activeKey(), { typ: STATUS_LIST_TYPE }, {
    sub: input.uri,
    iat,
    exp: iat + STATUS_LIST_TTL_SECONDS,
    ttl: STATUS_LIST_TTL_SECONDS,
    status_list: { bits: STATUS_BITS, lst },
  });
}

/**
 * One signed list at a time, for `ttlSeconds`: requests within that time get the same list (and
 * concurrent ones wait for the same signing) rather than each reading every document. A failed
 * signing is not kept; a clock that went back (the demo's time travel) signs anew.
 */
export function cachedStatusList(sign: (now: Date) => Promise<string>, ttlSeconds = STATUS_LIST_CACHE_SECONDS): (now: Date) => Promise<string> {
  let cached: { at: number; jwt: Promise<string> } | null = null;
  return (now) => {
    const age = cached ? now.getTime() - cached.at : Infinity;
    if (cached && age >= 0 && age < ttlSeconds * 1000) return cached.jwt;
    const entry = { at: now.getTime(), jwt: sign(now) };
    cached = entry;
    entry.jwt.catch(() => {
      if (cached === entry) cached = null;
    });
    return entry.jwt;
  };
}

export type StatusListResult = { ok: true; statusOf: (index: number) => DocumentStatus | 'unknown'; issuedAt: Date; expiresAt: Date } | { ok: false; reason: 'badSignature' | 'malformed' | 'expired' };

/** What a verifier does with a cached list and the published keys alone (docs/status-list.md). */
export async function readStatusList(jwks: JSONWebKeySet, jwt: string, now: Date): Promise<StatusListResult> {
  try {
    if (decodeProtectedHeader(jwt).typ !== STATUS_LIST_TYPE) return { ok: false, reason: 'malformed' };
    const { payload } = await compactVerify(jwt, createLocalJWKSet(jwks));
    const claims = JSON.parse(new TextDecoder().decode(payload)) as { iat: number; exp: number; status_list: { bits: number; lst: string } };
    if (claims.status_list.bits !== STATUS_BITS) return { ok: false, reason: 'malformed' };
    if (claims.exp * 1000 <= now.getTime()) return { ok: false, reason: 'expired' };
    const bytes = new Uint8Array(inflateSync(Buffer.from(claims.status_list.lst, 'base64url')));
    const names = Object.fromEntries(Object.entries(STATUS_VALUES).map(([k, v]) => [v, k as DocumentStatus]));
    return { ok: true, statusOf: (index) => names[statusAt(bytes, index)] ?? 'unknown', issuedAt: new Date(claims.iat * 1000), expiresAt: new Date(claims.exp * 1000) };
  } catch {
    return { ok: false, reason: 'badSignature' };
  }
}
