import type { Session } from 'next-auth';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createGuards } from './guards';

const session = (user: Session['user'] | null): (() => Promise<Session | null>) => async () =>
  user ? { user, expires: '2099-01-01T00:00:00Z' } : null;

const lan = { role: 'citizen' as const, name: 'Nguyễn Thị Lan', personalId: '001195012345' };
const officer = { role: 'officer' as const, name: 'officer.hoankiem', userId: 'u1', registryCode: '00070', provinceCode: null };
const schema = z.object({ note: z.string().min(1) });

describe('action guards', () => {
  it('runs a citizen action with the personal ID from the session, never from the input', async () => {
    const action = createGuards(session(lan)).citizenAction('application.own.manage', schema, async ({ session, input }) => ({
      ok: true,
      data: `${session.personalId}:${input.note}`,
    }));
    expect(await action({ note: 'x', personalId: '079098001234' })).toEqual({ ok: true, data: '001195012345:x' });
  });

  it('refuses an anonymous caller before parsing anything', async () => {
    const action = createGuards(session(null)).citizenAction('application.own.manage', schema, async () => ({ ok: true, data: 1 }));
    expect(await action({ note: 'x' })).toEqual({ ok: false, error: 'unauthenticated' });
  });

  it('refuses an officer calling a citizen action and a citizen calling an office action', async () => {
    const asOfficer = createGuards(session(officer)).citizenAction('application.own.manage', schema, async () => ({ ok: true, data: 1 }));
    expect(await asOfficer({ note: 'x' })).toEqual({ ok: false, error: 'unauthenticated' });
    const asCitizen = createGuards(session(lan)).officeAction('application.review', schema, async () => ({ ok: true, data: 1 }));
    expect(await asCitizen({ note: 'x' })).toEqual({ ok: false, error: 'unauthenticated' });
  });

  it('refuses an office role the permission table does not list', async () => {
    const action = createGuards(session(officer)).officeAction('application.sign', schema, async () => ({ ok: true, data: 1 }));
    expect(await action({ note: 'x' })).toEqual({ ok: false, error: 'forbidden' });
  });

  it('returns field errors for invalid input', async () => {
    const action = createGuards(session(officer)).officeAction('application.review', schema, async () => ({ ok: true, data: 1 }));
    expect(await action({ note: '' })).toMatchObject({ ok: false, error: 'invalidInput', fieldErrors: { note: [expect.any(String)] } });
  });
});

describe('office account re-check', () => {
  it('refuses an office session whose account no longer matches', async () => {
    const guards = createGuards(session(officer), async () => false);
    expect(await guards.office()).toBeNull();
    const action = guards.officeAction('application.review', schema, async () => ({ ok: true, data: 1 }));
    expect(await action({ note: 'x' })).toEqual({ ok: false, error: 'unauthenticated' });
  });
});

describe('organisation representative re-check', () => {
  const representative = { role: 'organisation' as const, name: 'Phạm Thị Hồng Nhung', personalId: '001179008642', organisationCode: 'H26.21-MAU', organisationName: 'Sở Giáo dục và Đào tạo thành phố Hà Nội' };
  it('acts for the organisation while the account is active, and not once it is revoked', async () => {
    const active = createGuards(session(representative), async () => true, async () => true);
    expect(await active.citizen()).toMatchObject({ role: 'organisation', personalId: '001179008642', organisationCode: 'H26.21-MAU' });
    const revoked = createGuards(session(representative), async () => true, async () => false);
    expect(await revoked.citizen()).toBeNull();
    const action = revoked.citizenAction('application.own.manage', schema, async () => ({ ok: true, data: 1 }));
    expect(await action({ note: 'x' })).toEqual({ ok: false, error: 'unauthenticated' });
  });
});
