import type { JWK } from 'jose';

/*
 * The adapter between what the portal signs and where its private keys are. The portal only asks
 * for the active key's id and a signature over bytes, and for the public keys to publish, so a key
 * file (file-key-store.ts), an in-memory key (memory-key-store.ts) or a real KMS/HSM — which never
 * hands out the private key — fit the same interface.
 */

/** What the portal signs: document QR tokens, and the VNeID simulator's tokens (demo mode only). */
export const KEY_PURPOSES = ['documents', 'vneid-sim'] as const;
export type KeyPurpose = (typeof KEY_PURPOSES)[number];

/** The key new signatures are made with. `sign` returns the JWS signature (ES256: raw r‖s, 64 bytes). */
export type ActiveKey = { kid: string; alg: 'ES256'; sign(signingInput: Uint8Array): Promise<Uint8Array> };

export interface KeyStore {
  /** The active key; throws SigningKeyMissing when none is configured. Never creates one. */
  activeKey(): Promise<ActiveKey>;
  /** Public JWKs of the active and the retired keys, to verify what they signed. Never creates a key. */
  publicKeys(): Promise<JWK[]>;
}

/** No signing key is configured: a configuration error, never repaired by making a key on the fly. */
export class SigningKeyMissing extends Error {
  constructor(
    readonly purpose: string,
    where: string,
  ) {
    super(`No ${purpose} signing key in ${where}: create one with \`npm run keys:rotate -- --purpose ${purpose}\``);
    this.name = 'SigningKeyMissing';
  }
}
