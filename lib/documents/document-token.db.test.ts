import { CompactSign, createLocalJWKSet, exportJWK, generateKeyPair, jwtVerify } from 'jose';
import { expect, it } from 'vitest';
import { describeEachDatabase } from '@/db/testing';
import { documentJwks, signDocumentToken, verifyDocumentToken, verifyDocumentTokenWithJwks, type DocumentTokenPayload } from './document-token';

const payload: DocumentTokenPayload = {
  documentId: '7f3c2a9e-4b1d-4c8e-9a6f-2d5e8b1c0a47',
  kind: 'birthCertificate',
  holderFullName: 'Nguyễn Hoàng Bảo Ngọc',
  dateOfBirth: '2026-11-15',
  entryNumber: '152',
  book: '01/2026',
  registryCode: '00070',
  issuedOn: '2026-11-23',
  version: 1,
};

/** Replaces one character in the middle of the payload segment with a different base64url character. */
function tamperPayload(token: string): string {
  const [header, body, signature] = token.split('.') as [string, string, string];
  const at = Math.floor(body.length / 2);
  const swapped = body[at] === 'A' ? 'B' : 'A';
  return [header, body.slice(0, at) + swapped + body.slice(at + 1), signature].join('.');
}

describeEachDatabase('document tokens', (db) => {
  it('signs a compact ES256 token with short claims and verifies it against the published keys', async () => {
    const token = await signDocumentToken(payload);
    const [header, body] = token.split('.') as [string, string];
    const decodedHeader = JSON.parse(Buffer.from(header, 'base64url').toString('utf8'));
    expect(decodedHeader).toEqual({ alg: 'ES256', kid: expect.stringMatching(/^documents-/), typ: 'hotich-doc+jwt' });
    expect(Object.keys(JSON.parse(Buffer.from(body, 'base64url').toString('utf8')))).toEqual(['d', 'k', 'n', 'b', 'e', 'q', 'r', 'i', 'v']);
    expect(token.length).toBeLessThan(500);

    const result = await verifyDocumentToken(db(), token);
    expect(result).toEqual({ ok: true, payload, kid: decodedHeader.kid });
  });

  it('verifies offline with only the published JWKS, also with a generic JOSE call', async () => {
    const token = await signDocumentToken(payload);
    const jwks = JSON.parse(JSON.stringify(await documentJwks(db())));
    expect(jwks.keys.every((k: Record<string, unknown>) => k.d === undefined)).toBe(true);

    expect(await verifyDocumentTokenWithJwks(jwks, token)).toMatchObject({ ok: true, payload });
    const generic = await jwtVerify(token, createLocalJWKSet(jwks), { algorithms: ['ES256'], typ: 'hotich-doc+jwt' });
    expect(generic.payload).toMatchObject({ n: 'Nguyễn Hoàng Bảo Ngọc', b: '2026-11-15', k: 'birthCertificate', v: 1 });
  });

  it('stores the holder name in NFC even when given decomposed text', async () => {
    const token = await signDocumentToken({ ...payload, holderFullName: payload.holderFullName.normalize('NFD') });
    const result = await verifyDocumentToken(db(), token);
    expect(result.ok && result.payload.holderFullName).toBe('Nguyễn Hoàng Bảo Ngọc');
  });

  it('rejects a token with one character of the payload changed', async () => {
    const token = await signDocumentToken(payload);
    expect(await verifyDocumentToken(db(), tamperPayload(token))).toEqual({ ok: false, reason: 'badSignature' });
  });

  it('rejects a token whose signature was cut short or swapped', async () => {
    const token = await signDocumentToken(payload);
    const other = await signDocumentToken({ ...payload, version: 2 });
    const [h, b] = token.split('.');
    expect(await verifyDocumentToken(db(), `${h}.${b}.${other.split('.')[2]}`)).toEqual({ ok: false, reason: 'badSignature' });
    expect(await verifyDocumentToken(db(), `${h}.${b}.AAAA`)).toEqual({ ok: false, reason: 'badSignature' });
  });

  it.each(['', 'garbage', 'a.b', 'a.b.c', 'x'.repeat(40), 'eyJhbGciOiJFUzI1NiJ9.e30.', '!!.??.**', 'a.b.c.d.e'])('calls %j malformed', async (garbage) => {
    expect(await verifyDocumentToken(db(), garbage)).toEqual({ ok: false, reason: 'malformed' });
  });

  it('calls tokens with the wrong header or claims malformed even when properly signed', async () => {
    const { privateKey } = await generateKeyPair('ES256');
    const sign = (header: Record<string, unknown>, claims: unknown) =>
      new CompactSign(new TextEncoder().encode(JSON.stringify(claims))).setProtectedHeader({ alg: 'ES256', ...header }).sign(privateKey);
    const claims = { d: 'x', k: 'birthCertificate', n: 'A', b: '2026-11-15', e: '1', q: '1', r: '1', i: '2026-11-23', v: 1 };
    expect(await verifyDocumentToken(db(), await sign({ kid: 'k1', typ: 'JWT' }, claims))).toEqual({ ok: false, reason: 'malformed' });
    expect(await verifyDocumentToken(db(), await sign({ typ: 'hotich-doc+jwt' }, claims))).toEqual({ ok: false, reason: 'malformed' });
  });

  it('rejects a token signed by a key the registry did not publish', async () => {
    const { privateKey, publicKey } = await generateKeyPair('ES256');
    const claims = new TextEncoder().encode(JSON.stringify({ d: 'x', k: 'birthCertificate', n: 'Giả Mạo', b: '2026-11-15', e: '1', q: '1', r: '1', i: '2026-11-23', v: 1 }));
    const forge = (kid: string) => new CompactSign(claims).setProtectedHeader({ alg: 'ES256', kid, typ: 'hotich-doc+jwt' }).sign(privateKey);

    expect(await verifyDocumentToken(db(), await forge('documents-forged1'))).toEqual({ ok: false, reason: 'unknownKey' });
    const [published] = (await documentJwks(db())).keys;
    expect(await verifyDocumentToken(db(), await forge(published!.kid!))).toEqual({ ok: false, reason: 'badSignature' });
    // The forger's own JWKS accepts it, which shows the check really is the key set.
    const forgerJwks = { keys: [{ ...(await exportJWK(publicKey)), kid: 'documents-forged1', alg: 'ES256' }] };
    expect(await verifyDocumentTokenWithJwks(forgerJwks, await forge('documents-forged1'))).toMatchObject({ ok: true });
  });

  it('refuses to sign a payload it could not verify', async () => {
    await expect(signDocumentToken({ ...payload, dateOfBirth: '15/11/2026' })).rejects.toThrow();
    await expect(signDocumentToken({ ...payload, version: 0 })).rejects.toThrow();
  });
});
