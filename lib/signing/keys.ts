import path from 'node:path';
import type { JWK } from 'jose';
import { selectLegacyPublicKeys } from '@/db/queries/signing-keys';
import type { Db } from '@/db/types';
import { env } from '@/lib/env';
import { ensureKey, fileKeyStore } from './file-key-store';
import { SigningKeyMissing, type KeyPurpose, type KeyStore } from './key-store';

/*
 * Which store holds the keys of each purpose. By default the key files in `env.signing.keysDir`
 * (docs/decisions/0010-signing-keys.md); `setKeyStore` puts another adapter in its place (a KMS,
 * or the tests' in-memory keys). No request ever creates a key.
 */

const stores = new Map<KeyPurpose, KeyStore>();

export function keyStore(purpose: KeyPurpose): KeyStore {
  let store = stores.get(purpose);
  if (!store) {
    store = fileKeyStore(keysDirOf(env.signing.keysDir, purpose), purpose);
    stores.set(purpose, store);
  }
  return store;
}

/** Replaces the store of a purpose for this process. */
export function setKeyStore(purpose: KeyPurpose, store: KeyStore): void {
  stores.set(purpose, store);
}

export const keysDirOf = (keysDir: string, purpose: KeyPurpose) => path.resolve(keysDir, purpose);

/**
 * The public keys of a purpose as a JWKS document: the store's, and those of keys made before
 * migration 0013 (kept in the database, public part only) so the QR codes they signed still verify.
 */
export async function publicJwks(db: Db, purpose: KeyPurpose, store: KeyStore = keyStore(purpose)): Promise<{ keys: JWK[] }> {
  const current = await store.publicKeys();
  const legacy = (await selectLegacyPublicKeys(db, purpose)).filter((k) => !current.some((c) => c.kid === k.kid));
  return { keys: [...current, ...legacy] };
}

/**
 * At server start: in demo mode, make the keys a fresh installation needs (once; later starts find
 * them); otherwise insist that the document key was provided, so a missing key stops the start
 * instead of failing the first signature.
 */
export async function ensureSigningKeys(config: { keysDir: string; demo: boolean; simulator: boolean } = { ...env.signing, simulator: env.vneid.simulatorEnabled }): Promise<string[]> {
  const purposes: KeyPurpose[] = config.simulator ? ['documents', 'vneid-sim'] : ['documents'];
  const created: string[] = [];
  for (const purpose of purposes) {
    const dir = keysDirOf(config.keysDir, purpose);
    if (config.demo) {
      const key = await ensureKey(dir, purpose);
      if (key.created) created.push(key.kid);
    } else {
      await fileKeyStore(dir, purpose).activeKey(); // throws SigningKeyMissing
    }
  }
  return created;
}

export { SigningKeyMissing };
