import type { ActiveKey } from './key-store';

/*
 * Compact JWS built around a KeyStore's `sign`, so the private key never has to be in this
 * process (RFC 7515 §7.1: BASE64URL(header) '.' BASE64URL(payload) '.' BASE64URL(signature)).
 * Verification stays with jose and the published public keys.
 */

const b64url = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');

/** Signs `payload` with the active key; the header gets its `alg` and `kid`. */
export async function signCompact(key: ActiveKey, header: Record<string, unknown>, payload: Uint8Array): Promise<string> {
  const protectedHeader = b64url(new TextEncoder().encode(JSON.stringify({ ...header, alg: key.alg, kid: key.kid })));
  const signingInput = `${protectedHeader}.${b64url(payload)}`;
  const signature = await key.sign(new TextEncoder().encode(signingInput));
  return `${signingInput}.${b64url(signature)}`;
}

/** A JWT: the claims as the JWS payload. */
export function signJwt(key: ActiveKey, header: Record<string, unknown>, claims: Record<string, unknown>): Promise<string> {
  return signCompact(key, header, new TextEncoder().encode(JSON.stringify(claims)));
}

/** ES256 with WebCrypto: ECDSA P-256 over SHA-256 gives the raw r‖s form JWS wants. */
export async function es256Sign(privateKey: CryptoKey, signingInput: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, privateKey, signingInput as Uint8Array<ArrayBuffer>));
}
