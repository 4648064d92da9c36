import { randomBytes } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { exportJWK, generateKeyPair, importJWK, type JWK } from 'jose';
import { z } from 'zod';
import { es256Sign } from './jws';
import { SigningKeyMissing, type ActiveKey, type KeyStore } from './key-store';

/*
 * Signing keys in files, one folder per purpose (`<keysDir>/documents`):
 *   keys.json            which kid is active, and the public JWK of every key made here
 *   <kid>.private.jwk    the active key's private JWK
 * Files are 0600, the folder 0700. Rotation makes a new key active, keeps the public part of the
 * old one (what it signed still verifies) and deletes its private part (it signs nothing more).
 * The store only reads: keys are made by `ensureKey` at a demo server's start and by
 * `npm run keys:rotate`, never while answering a request.
 */

const INDEX = 'keys.json';
const privateFile = (kid: string) => `${kid}.private.jwk`;
const jwk = z.looseObject({ kty: z.literal('EC'), crv: z.literal('P-256'), x: z.string(), y: z.string(), kid: z.string() });
const indexSchema = z.object({ active: z.string(), keys: z.array(jwk).min(1) });
type KeyIndex = z.infer<typeof indexSchema>;

async function readIndex(dir: string): Promise<KeyIndex | null> {
  let text: string;
  try {
    text = await readFile(path.join(dir, INDEX), 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
  const index = indexSchema.parse(JSON.parse(text));
  if (!index.keys.some((k) => k.kid === index.active)) throw new Error(`${path.join(dir, INDEX)}: the active key ${index.active} is not listed`);
  return index;
}

/** The keys of one purpose kept in `dir`. */
export function fileKeyStore(dir: string, purpose: string): KeyStore {
  const imported = new Map<string, Promise<CryptoKey>>();
  const load = (kid: string) => {
    let key = imported.get(kid);
    if (!key) {
      key = readFile(path.join(dir, privateFile(kid)), 'utf8').then((text) => importJWK(JSON.parse(text) as JWK, 'ES256') as Promise<CryptoKey>);
      key.catch(() => imported.delete(kid));
      imported.set(kid, key);
    }
    return key;
  };
  return {
    // The index is read on every signature (a small file), so a rotation takes effect without a restart.
    async activeKey(): Promise<ActiveKey> {
      const index = await readIndex(dir);
      if (!index) throw new SigningKeyMissing(purpose, dir);
      const privateKey = await load(index.active);
      return { kid: index.active, alg: 'ES256', sign: (input) => es256Sign(privateKey, input) };
    },
    async publicKeys() {
      return ((await readIndex(dir))?.keys ?? []).map((k) => ({ ...k }) as JWK);
    },
  };
}

/**
 * Makes a new key active in `dir` (creating the folder on the first one) and returns its kid.
 * The old keys' public parts stay listed; their private files are deleted.
 */
export async function rotateKey(dir: string, purpose: string, now: Date = new Date()): Promise<string> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const before = await readIndex(dir);
  const kid = `${purpose}-${now.toISOString().slice(0, 10).replace(/-/g, '')}-${randomBytes(4).toString('hex')}`;
  const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
  await writeFile(path.join(dir, privateFile(kid)), JSON.stringify({ ...(await exportJWK(privateKey)), kid, alg: 'ES256' }), { mode: 0o600, flag: 'wx' });
  const index: KeyIndex = { active: kid, keys: [...(before?.keys ?? []), { ...(await exportJWK(publicKey)), kid, alg: 'ES256', use: 'sig' } as KeyIndex['keys'][number]] };
  // Written aside and renamed: a reader sees the old index or the new one, never half of one.
  const temp = path.join(dir, `${INDEX}.${randomBytes(4).toString('hex')}.tmp`);
  await writeFile(temp, `${JSON.stringify(index, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
  await rename(temp, path.join(dir, INDEX));
  for (const file of await readdir(dir)) {
    if (file.endsWith('.private.jwk') && file !== privateFile(kid)) await rm(path.join(dir, file));
  }
  return kid;
}

/**
 * The active kid in `dir`, making the first key when there is none (a demo server's start). Two
 * servers starting together on one folder must not both make a key (each deleting the other's
 * private file): the maker holds `dir/.creating` (created exclusively), the other waits for the index.
 */
export async function ensureKey(dir: string, purpose: string, patienceMs = 30_000): Promise<{ kid: string; created: boolean }> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const lock = path.join(dir, '.creating');
  for (const started = Date.now(); ; ) {
    const index = await readIndex(dir);
    if (index) return { kid: index.active, created: false };
    const held = await open(lock, 'wx', 0o600).catch((err: NodeJS.ErrnoException) => {
      if (err.code === 'EEXIST') return null;
      throw err;
    });
    if (held) {
      try {
        const again = await readIndex(dir); // made between our look and our lock
        return again ? { kid: again.active, created: false } : { kid: await rotateKey(dir, purpose), created: true };
      } finally {
        await held.close();
        await rm(lock, { force: true });
      }
    }
    if (Date.now() - started > patienceMs) throw new Error(`${lock} has been held for ${patienceMs / 1000} s: if no server is starting, a start crashed while making the key; delete the file`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
