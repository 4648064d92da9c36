import { randomUUID } from 'node:crypto';
import { exportJWK, generateKeyPair, importJWK, type CryptoKey, type JWK } from 'jose';
import { insertKey, selectKeys, selectLatestKey } from '@/db/queries/signing-keys';
import type { Db } from '@/db/types';

/*
 * ES256 signing keys kept in the database, so every instance of the portal signs with the same
 * key and restarts do not invalidate what was signed. One key per purpose is created on first
 * use; all keys of a purpose stay published for verification.
 */

export type SigningKey = { kid: string; alg: 'ES256'; privateKey: CryptoKey };

export async function signingKey(db: Db, purpose: string): Promise<SigningKey> {
  let row = await selectLatestKey(db, purpose);
  if (!row) {
    const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
    const kid = `${purpose}-${randomUUID().slice(0, 8)}`;
    await insertKey(db, {
      kid,
      purpose,
      alg: 'ES256',
      privateJwk: { ...(await exportJWK(privateKey)), kid, alg: 'ES256' },
      publicJwk: { ...(await exportJWK(publicKey)), kid, alg: 'ES256', use: 'sig' },
    });
    row = await selectLatestKey(db, purpose);
  }
  return { kid: row!.kid, alg: 'ES256', privateKey: (await importJWK(row!.privateJwk as JWK, 'ES256')) as CryptoKey };
}

/** The public keys of a purpose as a JWKS document. */
export async function publicJwks(db: Db, purpose: string): Promise<{ keys: JWK[] }> {
  await signingKey(db, purpose);
  return { keys: (await selectKeys(db, purpose)).map((k) => k.publicJwk as JWK) };
}
