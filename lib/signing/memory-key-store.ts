import { randomUUID } from 'node:crypto';
import { exportJWK, generateKeyPair, type JWK } from 'jose';
import { es256Sign } from './jws';
import type { ActiveKey, KeyStore } from './key-store';

/**
 * A key that lives as long as the process, made on first use: for tests and throw-away scripts
 * (the benchmark), whose signatures nobody has to verify later. Never the server's store.
 */
export function memoryKeyStore(purpose: string): KeyStore & { rotate(): Promise<string> } {
  const keys: { kid: string; privateKey: CryptoKey; publicJwk: JWK }[] = [];
  const make = async () => {
    const { privateKey, publicKey } = await generateKeyPair('ES256');
    const kid = `${purpose}-mem-${randomUUID().slice(0, 8)}`;
    keys.push({ kid, privateKey, publicJwk: { ...(await exportJWK(publicKey)), kid, alg: 'ES256', use: 'sig' } });
    return kid;
  };
  let first: Promise<string> | undefined;
  const active = async () => {
    await (first ??= make());
    return keys.at(-1)!;
  };
  return {
    async activeKey(): Promise<ActiveKey> {
      const { kid, privateKey } = await active();
      return { kid, alg: 'ES256', sign: (input) => es256Sign(privateKey, input) };
    },
    async publicKeys() {
      return keys.map((k) => k.publicJwk);
    },
    async rotate() {
      await (first ??= make());
      return make();
    },
  };
}
