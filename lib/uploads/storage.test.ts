import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createS3Storage, s3Client } from './s3-storage';
import { startS3Server } from './testing/s3-server';
import { createLocalDiskStorage, createMemoryStorage, isValidStorageKey, newStorageKey, type FileStorage } from './storage';

const BAD_KEYS = [
  '',
  '../etc/passwd',
  'attachments/../../etc/passwd',
  '/etc/passwd',
  'attachments\\..\\x',
  'C:/x',
  'attachments/./x',
  '.hidden',
  'attachments//x',
  'attachments/',
  'Attachments/x',
  'attachments/x.jpg',
  'attachments/x y',
  'attachments/x\0',
  'a'.repeat(202),
];

const bytes = Uint8Array.from([1, 2, 3, 250]);

describe('storage keys', () => {
  it('accepts generated keys and refuses traversal, absolute paths and odd characters', () => {
    const key = newStorageKey('attachments');
    expect(key).toMatch(/^attachments\/[0-9a-f-]{36}$/);
    expect(isValidStorageKey(key)).toBe(true);
    for (const bad of BAD_KEYS) expect(isValidStorageKey(bad), bad).toBe(false);
  });

  it('gives unguessable, distinct keys and refuses a bad prefix', () => {
    expect(newStorageKey('documents')).not.toBe(newStorageKey('documents'));
    expect(() => newStorageKey('../a' as never)).toThrow();
    expect(() => newStorageKey('' as never)).toThrow();
  });
});

function behavesLikeStorage(name: string, make: () => Promise<FileStorage>) {
  describe(name, () => {
    it('round-trips bytes, overwrites, and deletes idempotently', async () => {
      const storage = await make();
      const key = newStorageKey('attachments');
      expect(await storage.get(key)).toBeNull();
      await storage.put(key, bytes, { mimeType: 'image/jpeg' });
      expect(await storage.get(key)).toEqual(bytes);
      await storage.put(key, Uint8Array.from([9]), { mimeType: 'image/jpeg' });
      expect(await storage.get(key)).toEqual(Uint8Array.from([9]));
      await storage.delete(key);
      expect(await storage.get(key)).toBeNull();
      await expect(storage.delete(key)).resolves.toBeUndefined();
    });

    it('refuses invalid keys on every operation', async () => {
      const storage = await make();
      for (const bad of BAD_KEYS) {
        await expect(storage.put(bad, bytes, { mimeType: 'image/jpeg' }), bad).rejects.toThrow(/Invalid storage key/);
        await expect(storage.get(bad), bad).rejects.toThrow(/Invalid storage key/);
        await expect(storage.stream(bad), bad).rejects.toThrow(/Invalid storage key/);
        await expect(storage.delete(bad), bad).rejects.toThrow(/Invalid storage key/);
      }
    });

    it('streams what it stores, and lists each prefix with when it was written', async () => {
      const storage = await make();
      const big = new Uint8Array(1024 * 1024);
      for (let i = 0; i < big.length; i++) big[i] = i % 251;
      const a = newStorageKey('documents');
      const b = newStorageKey('documents');
      const other = newStorageKey('attachments');
      await storage.put(a, big, { mimeType: 'application/pdf' });
      await storage.put(b, bytes, { mimeType: 'application/pdf' });
      await storage.put(other, bytes, { mimeType: 'image/jpeg' });
      const streamed = Buffer.from(await new Response(await storage.stream(a)).arrayBuffer());
      expect(streamed.equals(Buffer.from(big))).toBe(true);
      expect(await storage.stream(newStorageKey('documents'))).toBeNull();
      const listed = [];
      for await (const o of storage.list('documents')) listed.push(o);
      expect(listed.map((o) => o.key).sort()).toEqual([a, b].sort());
      for (const o of listed) expect(Math.abs(o.modifiedAt.getTime() - Date.now())).toBeLessThan(5 * 60_000);
    });
  });
}

let root = '';
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'uploads-test-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

behavesLikeStorage('createLocalDiskStorage', async () => createLocalDiskStorage(path.join(root, 'files')));
behavesLikeStorage('createMemoryStorage', async () => createMemoryStorage());

describe('createS3Storage against an S3-protocol server', () => {
  let server: Awaited<ReturnType<typeof startS3Server>>;
  beforeAll(async () => {
    server = await startS3Server();
  });
  afterAll(async () => {
    await server?.stop();
  });
  behavesLikeStorage('createS3Storage', async () => createS3Storage(server.settings));

  it('writes objects with no ACL, so they stay private to the bucket owner, and signs every request', async () => {
    const client = s3Client(server.settings);
    const sent: Record<string, string>[] = [];
    client.middlewareStack.add((next) => async (args) => {
      sent.push({ ...(args.request as { headers: Record<string, string> }).headers });
      return next(args);
    }, { step: 'finalizeRequest', priority: 'low' });
    const storage = createS3Storage(server.settings, client);
    await storage.put(newStorageKey('attachments'), bytes, { mimeType: 'image/jpeg' });
    expect(sent).toHaveLength(1);
    expect(Object.keys(sent[0]!).filter((h) => h.toLowerCase().startsWith('x-amz-acl') || h.toLowerCase().startsWith('x-amz-grant'))).toEqual([]);
    expect(sent[0]!.authorization).toMatch(/^AWS4-HMAC-SHA256 /);
  });

  it('lists only keys the portal could have written: an object put in the bucket by another tool under an odd name is skipped, not an error', async () => {
    const client = s3Client(server.settings);
    const storage = createS3Storage(server.settings, client);
    const mine = newStorageKey('assisted');
    await storage.put(mine, bytes, { mimeType: 'image/jpeg' });
    const foreign = ['assisted/Scan 01.PDF', 'assisted/x.jpg', 'assisted/A/b'];
    for (const Key of foreign) await client.send(new PutObjectCommand({ Bucket: server.settings.bucket, Key, Body: bytes }));
    const listed = [];
    for await (const o of storage.list('assisted')) listed.push(o.key);
    expect(listed).toEqual([mine]);
    // Left where they are: the portal neither reads nor deletes what it did not name.
    for (const Key of foreign) expect((await client.send(new GetObjectCommand({ Bucket: server.settings.bucket, Key }))).ContentLength, Key).toBe(bytes.length);
  });
});

describe('createLocalDiskStorage on disk', () => {
  it('writes private files (0600) under the root and leaves no temporary files', async () => {
    const storage = createLocalDiskStorage(path.join(root, 'files'));
    await storage.put('attachments/abc', bytes, { mimeType: 'application/pdf' });
    const file = path.join(root, 'files', 'attachments', 'abc');
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect((await stat(path.dirname(file))).mode & 0o077).toBe(0);
    expect(await readdir(path.dirname(file))).toEqual(['abc']);
  });

  it('refuses a root inside public/', () => {
    expect(() => createLocalDiskStorage(path.resolve('public', 'uploads'))).toThrow(/public/);
    expect(() => createLocalDiskStorage('public')).toThrow(/public/);
  });
});

describe('createMemoryStorage', () => {
  it('copies bytes so callers cannot change what is stored', async () => {
    const storage = createMemoryStorage();
    const input = Uint8Array.from([1, 2, 3]);
    await storage.put('k', input, { mimeType: 'image/png' });
    input[0] = 99;
    const out = await storage.get('k');
    expect(out).toEqual(Uint8Array.from([1, 2, 3]));
    out?.fill(0);
    expect(await storage.get('k')).toEqual(Uint8Array.from([1, 2, 3]));
    expect(storage.size).toBe(1);
  });
});
