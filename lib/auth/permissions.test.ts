import { describe, expect, it } from 'vitest';
import { LIMITS, waitAfter } from './throttle';
import { can, PERMISSIONS } from './permissions';

describe('permission table', () => {
  it('lets only citizens manage their own applications', () => {
    expect(can('citizen', 'application.own.manage')).toBe(true);
    expect(can('officer', 'application.own.manage')).toBe(false);
  });

  it('never grants anything to an anonymous user', () => {
    for (const permission of Object.keys(PERMISSIONS) as (keyof typeof PERMISSIONS)[]) {
      expect(can(undefined, permission)).toBe(false);
    }
  });

  it('keeps citizens out of every office permission', () => {
    const office = (Object.keys(PERMISSIONS) as (keyof typeof PERMISSIONS)[]).filter((p) => !p.includes('own'));
    for (const permission of office) expect(can('citizen', permission)).toBe(false);
  });

  it('separates reviewing from signing', () => {
    expect(can('officer', 'application.sign')).toBe(false);
    expect(can('signer', 'application.review')).toBe(false);
  });
});

describe('sign-in throttling', () => {
  it('lets the first four failures through, then doubles the wait up to 15 minutes', () => {
    const wait = (n: number) => waitAfter(LIMITS.accountAndClient, n);
    expect([1, 2, 3, 4].map(wait)).toEqual([0, 0, 0, 0]);
    expect(wait(5)).toBe(30_000);
    expect(wait(6)).toBe(60_000);
    expect(wait(20)).toBe(15 * 60_000);
    expect(waitAfter(LIMITS.account, 99)).toBe(0);
    expect(waitAfter(LIMITS.account, 100)).toBe(15 * 60_000);
  });
});
