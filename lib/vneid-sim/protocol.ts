import { createHash, randomUUID, timingSafeEqual } from 'node:crypto';
import { createLocalJWKSet, jwtVerify, type JWK } from 'jose';
import { lt } from 'drizzle-orm';
import { vneidSimRedeemedCodes } from '@/db/schema';
import type { Db } from '@/db/types';
import { population } from '@/lib/population';
import { signJwt } from '@/lib/signing/jws';
import type { KeyPurpose, KeyStore } from '@/lib/signing/key-store';
import { keyStore } from '@/lib/signing/keys';

/*
 * A small OpenID Connect provider standing in for VNeID in demo mode, in the spirit of the mock
 * sign-in servers governments publish for developers: authorization code flow with PKCE (S256),
 * client_secret_basic / client_secret_post, ES256 ID tokens, a userinfo endpoint and a JWKS.
 * Codes and access tokens are short-lived signed JWTs; the only state is which codes were already
 * exchanged, kept in the database so a code is single use across every app instance.
 */

export const SIM_KEY_PURPOSE = 'vneid-sim' satisfies KeyPurpose;

/*
 * The simulator's key is its own file in the keys folder, made at a demo server's start
 * (lib/signing, decision 0010); `keys` lets a test pass another store.
 */
const simKeys = (keys?: KeyStore) => keys ?? keyStore(SIM_KEY_PURPOSE);

/** The simulator's public keys (its `/jwks`). Reads them, never makes one. */
export async function simulatorJwks(keys?: KeyStore): Promise<{ keys: JWK[] }> {
  return { keys: await simKeys(keys).publicKeys() };
}
export const CALLBACK_PATH = '/api/auth/callback/vneid';

export type SimClient = { issuer: string; clientId: string; clientSecret: string };

export function discoveryDocument(issuer: string) {
  return {
    issuer,
    authorization_endpoint: `${issuer}/authorize`,
    token_endpoint: `${issuer}/token`,
    userinfo_endpoint: `${issuer}/userinfo`,
    jwks_uri: `${issuer}/jwks`,
    response_types_supported: ['code'],
    grant_types_supported: ['authorization_code'],
    subject_types_supported: ['public'],
    id_token_signing_alg_values_supported: ['ES256'],
    token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
    code_challenge_methods_supported: ['S256'],
    scopes_supported: ['openid', 'profile'],
    claims_supported: ['sub', 'name', 'family_name', 'given_name', 'birthdate', 'gender'],
  };
}

export type AuthorizeRequest = {
  clientId: string;
  redirectUri: string;
  state: string | null;
  nonce: string | null;
  codeChallenge: string;
};

export type AuthorizeError = 'invalidClient' | 'invalidRedirectUri' | 'unsupportedResponseType' | 'invalidScope' | 'pkceRequired';

/** Validates an authorization request. The redirect URI must be the portal's own callback. */
export function parseAuthorizeRequest(params: URLSearchParams, client: SimClient): { ok: true; value: AuthorizeRequest } | { ok: false; error: AuthorizeError } {
  if (params.get('client_id') !== client.clientId) return { ok: false, error: 'invalidClient' };
  const redirectUri = params.get('redirect_uri') ?? '';
  let redirect: URL;
  try {
    redirect = new URL(redirectUri);
  } catch {
    return { ok: false, error: 'invalidRedirectUri' };
  }
  // Only the portal's own callback: the issuer and the portal share one origin.
  if (redirect.origin !== new URL(client.issuer).origin || redirect.pathname !== CALLBACK_PATH || redirect.search) return { ok: false, error: 'invalidRedirectUri' };
  if (params.get('response_type') !== 'code') return { ok: false, error: 'unsupportedResponseType' };
  if (!(params.get('scope') ?? '').split(' ').includes('openid')) return { ok: false, error: 'invalidScope' };
  const codeChallenge = params.get('code_challenge');
  if (!codeChallenge || params.get('code_challenge_method') !== 'S256') return { ok: false, error: 'pkceRequired' };
  return { ok: true, value: { clientId: client.clientId, redirectUri, state: params.get('state'), nonce: params.get('nonce'), codeChallenge } };
}

/** The URL the browser goes back to after a successful sign-in. */
export async function issueCode(db: Db, client: SimClient, req: AuthorizeRequest, personalId: string, now: Date, keys?: KeyStore): Promise<string> {
  const iat = Math.floor(now.getTime() / 1000);
  const code = await signJwt(await simKeys(keys).activeKey(), {}, {
    typ: 'code', redirect_uri: req.redirectUri, nonce: req.nonce, cc: req.codeChallenge,
    iss: client.issuer, aud: `${client.clientId}#code`, sub: personalId, jti: randomUUID(), iat, exp: iat + 120,
  });
  const url = new URL(req.redirectUri);
  url.searchParams.set('code', code);
  if (req.state) url.searchParams.set('state', req.state);
  url.searchParams.set('iss', client.issuer);
  return url.toString();
}

export type TokenError = { status: 400 | 401; error: 'invalid_client' | 'invalid_grant' | 'invalid_request' | 'unsupported_grant_type' };

/**
 * Marks a code exchanged, once, in the database every instance shares; false when it already was.
 * Codes live 2 minutes: their rows are swept as new ones come.
 */
async function redeemOnce(db: Db, jti: string, expiresAt: Date, now: Date): Promise<boolean> {
  await db.delete(vneidSimRedeemedCodes).where(lt(vneidSimRedeemedCodes.expiresAt, now));
  const rows = await db.insert(vneidSimRedeemedCodes).values({ jti, expiresAt }).onConflictDoNothing().returning({ jti: vneidSimRedeemedCodes.jti });
  return rows.length === 1;
}

export async function exchangeCode(
  db: Db,
  client: SimClient,
  request: { authorization: string | null; form: URLSearchParams },
  now: Date,
  keys?: KeyStore,
): Promise<{ ok: true; body: Record<string, unknown> } | ({ ok: false } & TokenError)> {
  const { form } = request;
  const creds = clientCredentials(request.authorization, form);
  if (!creds || creds.id !== client.clientId || !safeEqual(creds.secret, client.clientSecret)) {
    return { ok: false, status: 401, error: 'invalid_client' };
  }
  if (form.get('grant_type') !== 'authorization_code') return { ok: false, status: 400, error: 'unsupported_grant_type' };
  const code = form.get('code');
  const verifier = form.get('code_verifier');
  if (!code || !verifier) return { ok: false, status: 400, error: 'invalid_request' };

  const claims = await verifySimJwt(client, code, `${client.clientId}#code`, now, keys);
  if (!claims || claims.typ !== 'code' || !claims.jti || claims.jti.length > 64) return { ok: false, status: 400, error: 'invalid_grant' };
  if (claims.redirect_uri !== form.get('redirect_uri')) return { ok: false, status: 400, error: 'invalid_grant' };
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  if (challenge !== claims.cc) return { ok: false, status: 400, error: 'invalid_grant' };
  if (!(await redeemOnce(db, claims.jti, new Date((claims.exp ?? 0) * 1000), now))) return { ok: false, status: 400, error: 'invalid_grant' };

  const person = await population(db).findPerson(claims.sub!);
  if (!person) return { ok: false, status: 400, error: 'invalid_grant' };
  const key = await simKeys(keys).activeKey();
  const iat = Math.floor(now.getTime() / 1000);
  const profile = { name: person.fullName, family_name: person.surname, given_name: [person.middleName, person.givenName].filter(Boolean).join(' '), birthdate: person.dateOfBirth, gender: person.sex };
  const registered = { iss: client.issuer, sub: person.personalId, iat, exp: iat + 300 };
  const idToken = await signJwt(key, { typ: 'JWT' }, { ...profile, ...(claims.nonce ? { nonce: claims.nonce } : {}), auth_time: iat, ...registered, aud: client.clientId });
  const accessToken = await signJwt(key, {}, { typ: 'access', scope: 'openid profile', ...registered, aud: `${client.clientId}#userinfo` });
  return { ok: true, body: { access_token: accessToken, token_type: 'Bearer', expires_in: 300, id_token: idToken, scope: 'openid profile' } };
}

export async function userinfo(db: Db, client: SimClient, authorization: string | null, now: Date, keys?: KeyStore) {
  const token = authorization?.match(/^Bearer (.+)$/i)?.[1];
  const claims = token ? await verifySimJwt(client, token, `${client.clientId}#userinfo`, now, keys) : null;
  if (!claims || claims.typ !== 'access') return null;
  const person = await population(db).findPerson(claims.sub!);
  if (!person) return null;
  return { sub: person.personalId, name: person.fullName, family_name: person.surname, given_name: [person.middleName, person.givenName].filter(Boolean).join(' '), birthdate: person.dateOfBirth, gender: person.sex };
}

async function verifySimJwt(client: SimClient, token: string, audience: string, now: Date, keys?: KeyStore) {
  const payload = await verifySimulatorJwt(token, { audience, issuer: client.issuer }, now, keys);
  return payload as (typeof payload & { typ?: string; redirect_uri?: string; nonce?: string | null; cc?: string }) | null;
}

/** Signs a token with the simulator's key: its codes and tokens, its card reader's receipts, its phone app's sign-in. */
export async function signSimulatorJwt(claims: Record<string, unknown>, keys?: KeyStore): Promise<string> {
  return signJwt(await simKeys(keys).activeKey(), {}, claims);
}

/** The claims of a token the simulator signed for `audience` (and `issuer`), valid at `now`; null otherwise. */
export async function verifySimulatorJwt(token: string, expected: { audience: string; issuer?: string }, now: Date, keys?: KeyStore) {
  try {
    const { payload } = await jwtVerify(token, createLocalJWKSet(await simulatorJwks(keys)), { ...expected, currentDate: now, algorithms: ['ES256'] });
    return payload;
  } catch {
    return null;
  }
}

function clientCredentials(authorization: string | null, form: URLSearchParams) {
  const basic = authorization?.match(/^Basic (.+)$/i)?.[1];
  if (basic) {
    const decoded = Buffer.from(basic, 'base64').toString('utf8');
    const i = decoded.indexOf(':');
    if (i < 0) return null;
    const unescape = (s: string) => decodeURIComponent(s.replace(/\+/g, ' '));
    return { id: unescape(decoded.slice(0, i)), secret: unescape(decoded.slice(i + 1)) };
  }
  const id = form.get('client_id');
  const secret = form.get('client_secret');
  return id && secret ? { id, secret } : null;
}

function safeEqual(a: string, b: string) {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
