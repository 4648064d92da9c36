import { compactVerify, createLocalJWKSet, decodeProtectedHeader, errors, type JSONWebKeySet, type JWK } from 'jose';
import { z } from 'zod';
import { signCompact } from '@/lib/signing/jws';
import type { KeyPurpose, KeyStore } from '@/lib/signing/key-store';
import { keyStore, publicJwks } from '@/lib/signing/keys';
import type { Db } from '@/db/types';
import { DOCUMENT_KINDS, type DocumentKind } from './kinds';

/*
 * The signed token behind a document's QR code. It is a compact JWS (ES256) so that anyone holding
 * the registry's published JWKS can check a printed document offline with any JOSE library, and
 * the verify page can show what was signed even if the database row later changes.
 *
 * The QR code has to stay small enough to scan from paper, so the claims have one-letter names:
 *   d  document id            k  document kind (e.g. "birthCertificate")
 *   n  holder's full name     b  holder's date of birth (YYYY-MM-DD)
 *   e  entry number ("Số")    q  book number ("Quyển số")
 *   r  registry code          i  issue date (YYYY-MM-DD)
 *   v  document version (1, 2, … after each amendment)
 * Header: { alg: "ES256", kid, typ: "hotich-doc+jwt" }.
 */

export const DOCUMENT_KEY_PURPOSE = 'documents' satisfies KeyPurpose;
export const DOCUMENT_TOKEN_TYPE = 'hotich-doc+jwt';

export { DOCUMENT_KINDS, type DocumentKind } from './kinds';

export type DocumentTokenPayload = {
  documentId: string;
  kind: DocumentKind;
  holderFullName: string;
  /** YYYY-MM-DD; '' when the holder is an organisation. */
  dateOfBirth: string;
  entryNumber: string;
  book: string;
  registryCode: string;
  /** YYYY-MM-DD */
  issuedOn: string;
  version: number;
  /** Its place in the published status list (docs/status-list.md); absent on documents issued before it. */
  statusIndex?: number;
};

export type DocumentTokenResult =
  | { ok: true; payload: DocumentTokenPayload; kid: string }
  | { ok: false; reason: 'malformed' | 'unknownKey' | 'badSignature' };

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const text = z.string().min(1).max(200);

const claimsSchema = z.strictObject({
  d: text,
  k: z.enum(DOCUMENT_KINDS),
  n: text,
  /** The holder's date of birth; empty for an organisation (Circular 01/2022 Art. 8(2)). */
  b: z.union([isoDate, z.literal('')]),
  e: text,
  q: text,
  r: text,
  i: isoDate,
  v: z.number().int().positive(),
  s: z.number().int().nonnegative().optional(),
});
type Claims = z.infer<typeof claimsSchema>;

function toClaims(p: DocumentTokenPayload): Claims {
  const nfc = (s: string) => s.normalize('NFC');
  return {
    d: p.documentId, k: p.kind, n: nfc(p.holderFullName), b: p.dateOfBirth,
    e: nfc(p.entryNumber), q: nfc(p.book), r: p.registryCode, i: p.issuedOn, v: p.version,
    ...(p.statusIndex === undefined ? {} : { s: p.statusIndex }),
  };
}

function fromClaims(c: Claims): DocumentTokenPayload {
  return {
    documentId: c.d, kind: c.k, holderFullName: c.n, dateOfBirth: c.b,
    entryNumber: c.e, book: c.q, registryCode: c.r, issuedOn: c.i, version: c.v,
    ...(c.s === undefined ? {} : { statusIndex: c.s }),
  };
}

/** Signs with the active document key (the configured key store: a key file, or a KMS). */
export async function signDocumentToken(payload: DocumentTokenPayload, keys: KeyStore = keyStore(DOCUMENT_KEY_PURPOSE)): Promise<string> {
  // Refuse to sign what verification would reject, so a bad payload fails at issue time.
  const claims = claimsSchema.parse(toClaims(payload));
  return signCompact(await keys.activeKey(), { typ: DOCUMENT_TOKEN_TYPE }, new TextEncoder().encode(JSON.stringify(claims)));
}

/** The published document keys (/.well-known/jwks.json): current and retired ones. Creates none. */
export function documentJwks(db: Db, keys?: KeyStore): Promise<{ keys: JWK[] }> {
  return publicJwks(db, DOCUMENT_KEY_PURPOSE, keys);
}

export async function verifyDocumentToken(db: Db, token: string, keys?: KeyStore): Promise<DocumentTokenResult> {
  return verifyDocumentTokenWithJwks(await documentJwks(db, keys), token);
}

/** Verification with nothing but the published JWKS: what a third party does offline. */
export async function verifyDocumentTokenWithJwks(jwks: JSONWebKeySet, token: string): Promise<DocumentTokenResult> {
  if (!/^[\w-]+\.[\w-]+\.[\w-]+$/.test(token)) return { ok: false, reason: 'malformed' };
  let kid: string;
  try {
    const header = decodeProtectedHeader(token);
    if (header.alg !== 'ES256' || header.typ !== DOCUMENT_TOKEN_TYPE || typeof header.kid !== 'string') {
      return { ok: false, reason: 'malformed' };
    }
    kid = header.kid;
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  let payloadBytes: Uint8Array;
  try {
    ({ payload: payloadBytes } = await compactVerify(token, createLocalJWKSet(jwks), { algorithms: ['ES256'] }));
  } catch (error) {
    if (error instanceof errors.JWKSNoMatchingKey) return { ok: false, reason: 'unknownKey' };
    if (error instanceof errors.JWSSignatureVerificationFailed) return { ok: false, reason: 'badSignature' };
    return { ok: false, reason: 'malformed' };
  }
  const claims = claimsSchema.safeParse(parseJson(new TextDecoder('utf-8', { fatal: true }), payloadBytes));
  return claims.success ? { ok: true, payload: fromClaims(claims.data), kid } : { ok: false, reason: 'malformed' };
}

function parseJson(decoder: TextDecoder, bytes: Uint8Array): unknown {
  try {
    return JSON.parse(decoder.decode(bytes));
  } catch {
    return undefined;
  }
}
