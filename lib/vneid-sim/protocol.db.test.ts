import { createHash, randomBytes } from 'node:crypto';
import { createLocalJWKSet, jwtVerify } from 'jose';
import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '@/db/testing';
import { seedPersonas } from '@/db/seed/personas';
import { generateResidents, seedResidents } from '@/db/seed/residents';
import { population } from '@/lib/population';
import { checkSimulatorCredentials, SIMULATOR_PASSWORD, SIMULATOR_PERSONAS } from './accounts';
import { discoveryDocument, exchangeCode, issueCode, parseAuthorizeRequest, simulatorJwks, userinfo, type SimClient } from './protocol';

const client: SimClient = { issuer: 'http://portal.test/vneid-sim', clientId: 'portal', clientSecret: 'a-long-client-secret' };
const redirectUri = 'http://portal.test/api/auth/callback/vneid';
const now = new Date('2026-11-23T03:00:00Z');

function pkce() {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

function authorizeParams(challenge: string, overrides: Record<string, string> = {}) {
  return new URLSearchParams({
    client_id: 'portal',
    redirect_uri: redirectUri,
    response_type: 'code',
    scope: 'openid profile',
    state: 's1',
    nonce: 'n1',
    code_challenge: challenge,
    code_challenge_method: 'S256',
    ...overrides,
  });
}

const basic = (id: string, secret: string) => `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`;

it('refuses malformed authorization requests with a specific reason', () => {
  const ok = authorizeParams('c');
  expect(parseAuthorizeRequest(ok, client).ok).toBe(true);
  expect(parseAuthorizeRequest(authorizeParams('c', { client_id: 'x' }), client)).toEqual({ ok: false, error: 'invalidClient' });
  expect(parseAuthorizeRequest(authorizeParams('c', { redirect_uri: 'https://evil.test/cb' }), client)).toEqual({ ok: false, error: 'invalidRedirectUri' });
  expect(parseAuthorizeRequest(authorizeParams('c', { response_type: 'token' }), client)).toEqual({ ok: false, error: 'unsupportedResponseType' });
  expect(parseAuthorizeRequest(authorizeParams('c', { scope: 'profile' }), client)).toEqual({ ok: false, error: 'invalidScope' });
  expect(parseAuthorizeRequest(authorizeParams('c', { code_challenge_method: 'plain' }), client)).toEqual({ ok: false, error: 'pkceRequired' });
  expect(discoveryDocument(client.issuer).token_endpoint).toBe('http://portal.test/vneid-sim/token');
});

describeEachDatabase('VNeID simulator', (db) => {
  beforeAll(async () => {
    await seedPersonas(db());
  });

  async function codeFor(personalId: string, challenge: string) {
    const req = parseAuthorizeRequest(authorizeParams(challenge), client);
    if (!req.ok) throw new Error(req.error);
    const url = new URL(await issueCode(db(), client, req.value, personalId, now));
    expect(url.searchParams.get('state')).toBe('s1');
    return url.searchParams.get('code')!;
  }

  it('checks credentials against the population database', async () => {
    expect(await checkSimulatorCredentials(db(), '001195012345', SIMULATOR_PASSWORD)).toEqual({ ok: true, personalId: '001195012345' });
    expect(await checkSimulatorCredentials(db(), '001195012345', 'nope')).toEqual({ ok: false, error: 'wrongPassword' });
    expect(await checkSimulatorCredentials(db(), '001199999999', SIMULATOR_PASSWORD)).toEqual({ ok: false, error: 'notADemoAccount' });
    expect(await checkSimulatorCredentials(db(), '0011950123', SIMULATOR_PASSWORD)).toEqual({ ok: false, error: 'length' });
  });

  it('opens only the listed personas with the public demo password, never a generated resident', async () => {
    await seedResidents(db(), 40, new Set(SIMULATOR_PERSONAS.map((p) => p.personalId)), now);
    const [resident] = await population(db()).findPeople(generateResidents(40, undefined, new Set(SIMULATOR_PERSONAS.map((p) => p.personalId))).people.map((p) => p.personalId));
    expect(resident).toBeDefined();
    expect(await checkSimulatorCredentials(db(), resident!.personalId, SIMULATOR_PASSWORD)).toEqual({ ok: false, error: 'notADemoAccount' });
  });

  it('exchanges a code for an ID token whose sub is the personal ID, verifiable with the JWKS', async () => {
    const { verifier, challenge } = pkce();
    const code = await codeFor('001195012345', challenge);
    const form = new URLSearchParams({ grant_type: 'authorization_code', code, code_verifier: verifier, redirect_uri: redirectUri });
    const result = await exchangeCode(db(), client, { authorization: basic('portal', client.clientSecret), form }, now);
    if (!result.ok) throw new Error(result.error);
    const jwks = createLocalJWKSet(await simulatorJwks());
    const { payload } = await jwtVerify(String(result.body.id_token), jwks, { issuer: client.issuer, audience: 'portal', currentDate: now });
    expect(payload).toMatchObject({ sub: '001195012345', name: 'Nguyễn Thị Lan', nonce: 'n1', birthdate: '1995-03-12' });
    expect(await userinfo(db(), client, `Bearer ${String(result.body.access_token)}`, now)).toMatchObject({ sub: '001195012345', family_name: 'Nguyễn' });

    // The same code cannot be used twice.
    expect(await exchangeCode(db(), client, { authorization: basic('portal', client.clientSecret), form }, now)).toMatchObject({ ok: false, error: 'invalid_grant' });
  });

  it('refuses a wrong code verifier, a wrong secret, another redirect URI and an expired code', async () => {
    const { verifier, challenge } = pkce();
    const code = await codeFor('010301006789', challenge);
    const form = (o: Record<string, string> = {}) =>
      new URLSearchParams({ grant_type: 'authorization_code', code, code_verifier: verifier, redirect_uri: redirectUri, ...o });
    const auth = basic('portal', client.clientSecret);
    expect(await exchangeCode(db(), client, { authorization: auth, form: form({ code_verifier: pkce().verifier }) }, now)).toMatchObject({ error: 'invalid_grant' });
    expect(await exchangeCode(db(), client, { authorization: basic('portal', 'wrong-secret-xxxxxx'), form: form() }, now)).toMatchObject({ status: 401, error: 'invalid_client' });
    expect(await exchangeCode(db(), client, { authorization: auth, form: form({ redirect_uri: 'http://other.test/api/auth/callback/vneid' }) }, now)).toMatchObject({ error: 'invalid_grant' });
    const later = new Date(now.getTime() + 5 * 60_000);
    expect(await exchangeCode(db(), client, { authorization: auth, form: form() }, later)).toMatchObject({ error: 'invalid_grant' });
    // Still valid with the right everything, within its lifetime.
    expect(await exchangeCode(db(), client, { authorization: auth, form: form() }, now)).toMatchObject({ ok: true });
  });

  it('refuses userinfo without a valid access token', async () => {
    expect(await userinfo(db(), client, null, now)).toBeNull();
    expect(await userinfo(db(), client, 'Bearer not-a-token', now)).toBeNull();
  });
});
