import { describe, expect, it } from 'vitest';
import { nextToken, type SessionLimits } from './session-token';
import { maxHoursOf } from './sessions';

const t0 = Date.parse('2026-11-23T02:00:00Z');
const minutes = (n: number) => n * 60_000;
const limits: SessionLimits = { idleMinutes: 30, maxHours: (role) => maxHoursOf(role, 12) };
const sid = '6b1f3c1e-0000-4000-8000-000000000001';
const office = { kind: 'office' as const, userId: 'u1', name: 'Trang', role: 'officer', registryCode: '00070', provinceCode: null, sid };

describe('session token', () => {
  it("carries the citizen's personal ID number from the VNeID sub claim, and its server-side session", () => {
    expect(nextToken({}, { kind: 'vneid', sub: '001195012345', name: 'Nguyễn Thị Lan', sid }, t0, limits)).toMatchObject({
      role: 'citizen',
      personalId: '001195012345',
      name: 'Nguyễn Thị Lan',
      sid,
      startedAt: t0,
    });
  });

  it('does not let a stale token field override the personal ID at sign-in', () => {
    const token = nextToken({ personalId: '079098001234' }, { kind: 'vneid', sub: '001195012345', name: 'Lan', sid }, t0, limits);
    expect(token?.personalId).toBe('001195012345');
  });

  it('keeps an office session alive while it is used and ends it after 30 idle minutes', () => {
    const signedIn = nextToken({}, office, t0, limits)!;
    const active = nextToken(signedIn, undefined, t0 + minutes(29), limits)!;
    expect(active).toMatchObject({ role: 'officer', registryCode: '00070', sid });
    expect(nextToken(active, undefined, t0 + minutes(58), limits)).not.toBeNull();
    expect(nextToken(active, undefined, t0 + minutes(29) + minutes(31), limits)).toBeNull();
  });

  it('ends an office session 12 hours after sign-in even while it is used (NIST SP 800-63-4 AAL2)', () => {
    let token = nextToken({}, office, t0, limits)!;
    for (let m = 20; m < 12 * 60; m += 20) token = nextToken(token, undefined, t0 + minutes(m), limits)!;
    expect(token).not.toBeNull();
    expect(nextToken(token, undefined, t0 + minutes(12 * 60 + 1), limits)).toBeNull();
  });

  it('does not expire citizen sessions on the office idle rule, but at a day', () => {
    const citizen = nextToken({}, { kind: 'vneid', sub: '001195012345', name: 'Lan', sid }, t0, limits)!;
    expect(nextToken(citizen, undefined, t0 + minutes(120), limits)).not.toBeNull();
    expect(nextToken(citizen, undefined, t0 + minutes(24 * 60 + 1), limits)).toBeNull();
  });

  it('refuses a token without a server-side session (forged, or from before sessions were kept)', () => {
    expect(nextToken({ role: 'citizen', personalId: '001195012345', lastSeen: t0 }, undefined, t0, limits)).toBeNull();
    expect(nextToken({ role: 'officer', userId: 'u1', lastSeen: t0, startedAt: t0 }, undefined, t0, limits)).toBeNull();
  });

  it('refuses an unknown office role', () => {
    expect(nextToken({}, { kind: 'office', userId: 'u', name: 'x', role: 'admin', registryCode: null, provinceCode: null, sid }, t0, limits)).toBeNull();
  });
});
