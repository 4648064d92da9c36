import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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
    expect(newStorageKey('a')).not.toBe(newStorageKey('a'));
    expect(() => newStorageKey('../a')).toThrow();
    expect(() => newStorageKey('')).toThrow();
  });
});

function behavesLikeStorage(name: string, make: () => Promise<FileStorage>) {
  describe(name, () => {
    it('round-trips bytes, overwrites, and deletes idempotently', async () => {
      const storage = await make();
      const key = newStorageKey('attachments/2025');
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
        await expect(storage.delete(bad), bad).rejects.toThrow(/Invalid storage key/);
      }
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
