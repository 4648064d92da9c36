import { describe, expect, it } from 'vitest';
import { nextToken } from './session-token';

const t0 = Date.parse('2026-11-23T02:00:00Z');
const minutes = (n: number) => n * 60_000;

describe('session token', () => {
  it("carries the citizen's personal ID number from the VNeID sub claim", () => {
    expect(nextToken({}, { kind: 'vneid', sub: '001195012345', name: 'Nguyễn Thị Lan' }, t0, 30)).toMatchObject({
      role: 'citizen',
      personalId: '001195012345',
      name: 'Nguyễn Thị Lan',
    });
  });

  it('does not let a stale token field override the personal ID at sign-in', () => {
    const token = nextToken({ personalId: '079098001234' }, { kind: 'vneid', sub: '001195012345', name: 'Lan' }, t0, 30);
    expect(token?.personalId).toBe('001195012345');
  });

  it('keeps an office session alive while it is used and ends it after 30 idle minutes', () => {
    const signedIn = nextToken({}, { kind: 'office', userId: 'u1', name: 'Trang', role: 'officer', registryCode: '00070', provinceCode: null }, t0, 30)!;
    const active = nextToken(signedIn, undefined, t0 + minutes(29), 30)!;
    expect(active).toMatchObject({ role: 'officer', registryCode: '00070' });
    expect(nextToken(active, undefined, t0 + minutes(58), 30)).not.toBeNull();
    expect(nextToken(active, undefined, t0 + minutes(29) + minutes(31), 30)).toBeNull();
  });

  it('does not expire citizen sessions on the office idle rule', () => {
    const citizen = nextToken({}, { kind: 'vneid', sub: '001195012345', name: 'Lan' }, t0, 30)!;
    expect(nextToken(citizen, undefined, t0 + minutes(120), 30)).not.toBeNull();
  });

  it('refuses an unknown office role', () => {
    expect(nextToken({}, { kind: 'office', userId: 'u', name: 'x', role: 'admin', registryCode: null, provinceCode: null }, t0, 30)).toBeNull();
  });
});
