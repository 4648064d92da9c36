import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { CompactSign, exportJWK, generateKeyPair } from 'jose';
import { afterAll, expect, it } from 'vitest';
import { signingKeys } from '@/db/schema';
import { describeEachDatabase } from '@/db/testing';
import { documentJwks, signDocumentToken, verifyDocumentToken, verifyDocumentTokenWithJwks, type DocumentTokenPayload } from '@/lib/documents/document-token';
import { simulatorJwks } from '@/lib/vneid-sim/protocol';
import { fileKeyStore, rotateKey } from './file-key-store';
import { SigningKeyMissing } from './key-store';
import { ensureSigningKeys, keysDirOf } from './keys';

const payload: DocumentTokenPayload = {
  documentId: '0b7d1c2e-5f3a-4e9b-8c6d-1a2b3c4d5e6f', kind: 'birthCertificate', holderFullName: 'Trần Minh Khôi', dateOfBirth: '2026-11-15',
  entryNumber: '12', book: '01/2026', registryCode: '00070', issuedOn: '2026-11-23', version: 1,
};
const kidOf = (token: string) => JSON.parse(Buffer.from(token.split('.')[0]!, 'base64url').toString('utf8')).kid as string;

const temps: string[] = [];
async function emptyKeysDir() {
  const dir = await mkdtemp(path.join(tmpdir(), 'hotich-keys-'));
  temps.push(dir);
  return dir;
}
afterAll(async () => {
  for (const dir of temps) await rm(dir, { recursive: true, force: true });
});

it('a demo start makes the keys once, in files only its user can read; a production start without a key file is a configuration error', async () => {
  const keysDir = await emptyKeysDir();
  const created = await ensureSigningKeys({ keysDir, demo: true, simulator: true });
  expect(created).toEqual([expect.stringMatching(/^documents-/), expect.stringMatching(/^vneid-sim-/)]);
  expect(await ensureSigningKeys({ keysDir, demo: true, simulator: true })).toEqual([]);
  for (const purpose of ['documents', 'vneid-sim'] as const) {
    const dir = keysDirOf(keysDir, purpose);
    for (const file of await readdir(dir)) expect(((await stat(path.join(dir, file))).mode & 0o777).toString(8)).toBe('600');
    expect(((await stat(dir)).mode & 0o777).toString(8)).toBe('700');
  }

  const production = await emptyKeysDir();
  await expect(ensureSigningKeys({ keysDir: production, demo: false, simulator: false })).rejects.toBeInstanceOf(SigningKeyMissing);
  expect(await readdir(production)).toEqual([]);
});

it('two demo servers starting together on one keys folder make one key between them, and both sign with it', async () => {
  const keysDir = await emptyKeysDir();
  const starts = await Promise.all([1, 2, 3].map(() => ensureSigningKeys({ keysDir, demo: true, simulator: false })));
  expect(starts.flat()).toHaveLength(1);
  const dir = keysDirOf(keysDir, 'documents');
  const store = fileKeyStore(dir, 'documents');
  const token = await signDocumentToken(payload, store);
  expect(await store.publicKeys()).toEqual([expect.objectContaining({ kid: kidOf(token) })]);
  expect(await verifyDocumentTokenWithJwks({ keys: await store.publicKeys() }, token)).toMatchObject({ ok: true });
  expect((await readdir(dir)).sort()).toEqual([`${kidOf(token)}.private.jwk`, 'keys.json']);
});

describeEachDatabase('document-signing keys (decision 0010)', (db) => {
  it('a JWKS request creates no key: with an empty keys folder the JWKS are empty, signing is a configuration error, and the folder stays empty', async () => {
    const keysDir = await emptyKeysDir();
    const documents = fileKeyStore(keysDirOf(keysDir, 'documents'), 'documents');
    const simulator = fileKeyStore(keysDirOf(keysDir, 'vneid-sim'), 'vneid-sim');
    expect(await documentJwks(db(), documents)).toEqual({ keys: [] });
    expect(await simulatorJwks(simulator)).toEqual({ keys: [] });
    await expect(signDocumentToken(payload, documents)).rejects.toBeInstanceOf(SigningKeyMissing);
    expect(await readdir(keysDir)).toEqual([]);
    expect(await db().select().from(signingKeys)).toEqual([]);
  });

  it('a rotated key keeps verifying what the previous key signed, and new tokens carry the new kid', async () => {
    const dir = keysDirOf(await emptyKeysDir(), 'documents');
    const keys = fileKeyStore(dir, 'documents');
    const first = await rotateKey(dir, 'documents');
    const before = await signDocumentToken(payload, keys);
    expect(kidOf(before)).toBe(first);

    const second = await rotateKey(dir, 'documents');
    expect(second).not.toBe(first);
    const after = await signDocumentToken({ ...payload, version: 2 }, keys);
    expect(kidOf(after)).toBe(second);
    expect(await verifyDocumentToken(db(), before, keys)).toEqual({ ok: true, payload, kid: first });
    expect(await verifyDocumentToken(db(), after, keys)).toMatchObject({ ok: true, kid: second });

    // The old key's public part is published; its private part is gone, so it signs nothing more.
    const jwks = await documentJwks(db(), keys);
    expect(jwks.keys.map((k) => k.kid)).toEqual([first, second]);
    expect(jwks.keys.every((k) => k.d === undefined)).toBe(true);
    expect((await readdir(dir)).filter((f) => f.includes('private')).sort()).toEqual([`${second}.private.jwk`]);
    expect(JSON.parse(await readFile(path.join(dir, 'keys.json'), 'utf8'))).toMatchObject({ active: second });
  });

  it('the database holds no private key: signing_keys has only public columns, and a key from before migration 0013 still verifies its QR codes', async () => {
    const columns = await db().execute<{ column_name: string }>(sql`select column_name from information_schema.columns where table_name = 'signing_keys' order by ordinal_position`);
    const names = (Array.isArray(columns) ? columns : (columns as unknown as { rows: { column_name: string }[] }).rows).map((c) => c.column_name);
    expect(names).toEqual(['kid', 'purpose', 'alg', 'public_jwk', 'created_at']);

    // A key the database used to hold: its public part stayed, the token it signed verifies.
    const { privateKey, publicKey } = await generateKeyPair('ES256');
    const kid = 'documents-legacy01';
    await db().insert(signingKeys).values({ kid, purpose: 'documents', alg: 'ES256', publicJwk: { ...(await exportJWK(publicKey)), kid, alg: 'ES256', use: 'sig' } });
    const claims = { d: payload.documentId, k: payload.kind, n: payload.holderFullName, b: payload.dateOfBirth, e: payload.entryNumber, q: payload.book, r: payload.registryCode, i: payload.issuedOn, v: 1 };
    const issued = await new CompactSign(new TextEncoder().encode(JSON.stringify(claims))).setProtectedHeader({ alg: 'ES256', kid, typ: 'hotich-doc+jwt' }).sign(privateKey);
    const keys = fileKeyStore(keysDirOf(await emptyKeysDir(), 'documents'), 'documents');
    expect(await verifyDocumentToken(db(), issued, keys)).toEqual({ ok: true, payload, kid });
  });
});

it('migration 0013 drops the private keys of an existing database and keeps the public parts of its document keys', async () => {
  const folder = path.resolve('db/migrations');
  const files = (await readdir(folder)).filter((f) => /^\d{4}_.*\.sql$/.test(f)).sort();
  const upTo = files.indexOf('0013_signing_keys.sql');
  const pg = new PGlite();
  const run = async (file: string) => {
    for (const statement of (await readFile(path.join(folder, file), 'utf8')).split('--> statement-breakpoint')) await pg.exec(statement);
  };
  try {
    for (const file of files.slice(0, upTo)) await run(file);
    const documents = await generateKeyPair('ES256', { extractable: true });
    const simulator = await generateKeyPair('ES256', { extractable: true });
    const row = async (kid: string, purpose: string, pair: typeof documents) =>
      pg.query('insert into signing_keys (kid, purpose, alg, private_jwk, public_jwk) values ($1, $2, $3, $4, $5)', [
        kid, purpose, 'ES256', JSON.stringify({ ...(await exportJWK(pair.privateKey)), kid }), JSON.stringify({ ...(await exportJWK(pair.publicKey)), kid }),
      ]);
    await row('documents-old', 'documents', documents);
    await row('vneid-sim-old', 'vneid-sim', simulator);
    await run(files[upTo]!);
    const left = await pg.query<Record<string, unknown>>('select * from signing_keys');
    expect(left.rows).toHaveLength(1);
    expect(Object.keys(left.rows[0]!).sort()).toEqual(['alg', 'created_at', 'kid', 'public_jwk', 'purpose']);
    expect(left.rows[0]).toMatchObject({ kid: 'documents-old', public_jwk: await exportJWK(documents.publicKey) });
    expect(JSON.stringify(left.rows)).not.toContain('"d"');
  } finally {
    await pg.close();
  }
});
