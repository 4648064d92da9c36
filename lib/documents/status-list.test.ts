import { describe, expect, it } from 'vitest';
import { cachedStatusList, packStatuses, STATUS_LIST_CACHE_SECONDS, statusAt } from './status-list';

describe('packing the status list', () => {
  it('packs 4 bits per index and reads them back, an index never issued reading 0', () => {
    const bytes = packStatuses(new Map([[0, 3], [1, 5], [6, 2]]));
    expect([...bytes]).toEqual([0x53, 0, 0, 0x02]);
    expect([0, 1, 2, 6, 7, 100].map((i) => statusAt(bytes, i))).toEqual([3, 5, 0, 2, 0, 0]);
    expect(packStatuses(new Map())).toEqual(new Uint8Array(1));
  });

  it('packs a list of 300,000 documents without spreading them into one call (no RangeError)', () => {
    const statuses = new Map<number, number>();
    for (let i = 1; i <= 300_000; i++) statuses.set(i, i % 7);
    const bytes = packStatuses(statuses);
    expect(bytes.length).toBe(150_001);
    expect(statusAt(bytes, 299_999)).toBe(299_999 % 7);
    expect(statusAt(bytes, 300_000)).toBe(300_000 % 7);
  });
});

describe('the served list is signed at most once a minute', () => {
  const t0 = new Date('2026-12-02T03:00:00Z');
  const later = (seconds: number) => new Date(t0.getTime() + seconds * 1000);

  it('serves the same list within the minute, and concurrent requests wait for one signing', async () => {
    let signed = 0;
    const list = cachedStatusList(async (now) => `jwt-${++signed}-${now.toISOString()}`);
    const [a, b] = await Promise.all([list(t0), list(t0)]);
    expect(a).toBe(`jwt-1-${t0.toISOString()}`);
    expect(b).toBe(a);
    expect(await list(later(STATUS_LIST_CACHE_SECONDS - 1))).toBe(a);
    expect(signed).toBe(1);
    expect(await list(later(STATUS_LIST_CACHE_SECONDS))).toBe(`jwt-2-${later(STATUS_LIST_CACHE_SECONDS).toISOString()}`);
    // A clock set back (the demo's time travel) does not keep a list from the future.
    expect(await list(later(-3600))).toBe(`jwt-3-${later(-3600).toISOString()}`);
  });

  it('does not keep a failed signing', async () => {
    let calls = 0;
    const list = cachedStatusList(async () => {
      calls++;
      if (calls === 1) throw new Error('database down');
      return 'jwt';
    });
    await expect(list(t0)).rejects.toThrow('database down');
    expect(await list(later(1))).toBe('jwt');
    expect(calls).toBe(2);
  });
});
