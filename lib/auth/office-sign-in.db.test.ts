import { expect, it } from 'vitest';
import { describeEachDatabase } from '@/db/testing';
import { DEMO_TOTP_SECRET } from '@/db/seed/personas';
import { sessionIsLive } from '@/db/queries/sessions';
import { authenticateOfficeUser, beginOfficeEnrolment, completeOfficeEnrolment, createOfficeUser, getOfficeUserByUsername, setOfficeAccountActive } from './office-accounts';
import { endSession, openSession } from './sessions';
import { codeAt, enrolWithSecret } from './totp';

const PASSWORD = 'Officer-password-2026';
const TICKET_SECRET = 'x'.repeat(43);
const HOME = '198.51.100.10';
const STRANGER = '203.0.113.66';
const at = (iso: string) => new Date(`${iso}+07:00`);

describeEachDatabase('office sign-in: password, second factor, throttling and sessions', (db) => {
  let n = 0;
  /** A fresh enrolled officer per test, so counters do not leak between tests. */
  async function officer(enrolled = true) {
    const username = `officer.test${++n}`;
    await createOfficeUser(db(), { username, fullName: 'Lê Văn Thử', title: 'Công chức tư pháp – hộ tịch', role: 'officer', registryCode: null, provinceCode: null, password: PASSWORD });
    const user = (await getOfficeUserByUsername(db(), username))!;
    if (enrolled) await enrolWithSecret(db(), user.id, DEMO_TOTP_SECRET, new Date('2026-01-01T00:00:00Z'));
    return { username, id: user.id };
  }
  const signIn = (username: string, now: Date, over: Partial<{ password: string; code: string; client: string }> = {}) =>
    authenticateOfficeUser(db(), { username, password: PASSWORD, code: codeAt(DEMO_TOTP_SECRET, now), client: HOME, ...over }, now);

  it('requires the second factor: a right password with no code or a wrong code is refused with the generic answer', async () => {
    const { username } = await officer();
    const now = at('2026-12-02T08:00:00');
    expect(await signIn(username, now, { code: '' })).toEqual({ ok: false, reason: 'invalid' });
    expect(await signIn(username, now, { code: '000000' === codeAt(DEMO_TOTP_SECRET, now) ? '111111' : '000000' })).toEqual({ ok: false, reason: 'invalid' });
    expect(await signIn(username, now)).toMatchObject({ ok: true, user: { username } });
  });

  it('accepts a code once (RFC 6238 §5.2), and the code of the next step', async () => {
    const { username } = await officer();
    const now = at('2026-12-02T08:10:05');
    const code = codeAt(DEMO_TOTP_SECRET, now);
    expect(await signIn(username, now, { code })).toMatchObject({ ok: true });
    expect(await signIn(username, new Date(now.getTime() + 5_000), { code })).toEqual({ ok: false, reason: 'invalid' });
    const next = new Date(now.getTime() + 30_000);
    expect(await signIn(username, next)).toMatchObject({ ok: true });
  });

  it('enrols at the first sign-in: the password gives a QR, recovery codes and a ticket; a first code completes it; a recovery code works once', async () => {
    const { username } = await officer(false);
    const now = at('2026-12-02T09:00:00');
    expect(await signIn(username, now, { code: '' })).toMatchObject({ ok: false, reason: 'enrolmentRequired' });
    expect(await beginOfficeEnrolment(db(), { username, password: 'wrong-password', client: HOME }, TICKET_SECRET, now)).toBeNull();
    const enrolment = (await beginOfficeEnrolment(db(), { username, password: PASSWORD, client: HOME }, TICKET_SECRET, now))!;
    expect(enrolment.qrDataUrl).toMatch(/^data:image\/png;base64,/);
    expect(enrolment.uri).toMatch(/^otpauth:\/\/totp\/.*secret=/);
    expect(enrolment.recoveryCodes).toHaveLength(10);
    // a wrong code or a forged ticket does not enrol
    expect(await completeOfficeEnrolment(db(), { ticket: enrolment.ticket, code: '12345', client: HOME }, TICKET_SECRET, now)).toEqual({ ok: false, reason: 'invalid' });
    expect(await completeOfficeEnrolment(db(), { ticket: enrolment.ticket.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')), code: codeAt(enrolment.secret, now), client: HOME }, TICKET_SECRET, now)).toEqual({ ok: false, reason: 'invalid' });
    expect(await completeOfficeEnrolment(db(), { ticket: enrolment.ticket, code: codeAt(enrolment.secret, now), client: HOME }, TICKET_SECRET, new Date(now.getTime() + 11 * 60_000))).toEqual({ ok: false, reason: 'invalid' });
    expect(await completeOfficeEnrolment(db(), { ticket: enrolment.ticket, code: codeAt(enrolment.secret, now), client: HOME }, TICKET_SECRET, now)).toMatchObject({ ok: true, user: { username } });
    // from now on the new secret is required; the demo one is not
    const later = new Date(now.getTime() + 60_000);
    expect(await signIn(username, later)).toEqual({ ok: false, reason: 'invalid' });
    expect(await signIn(username, later, { code: codeAt(enrolment.secret, later) })).toMatchObject({ ok: true });
    expect(await signIn(username, later, { code: enrolment.recoveryCodes[3]! })).toMatchObject({ ok: true });
    expect(await signIn(username, later, { code: enrolment.recoveryCodes[3]! })).toEqual({ ok: false, reason: 'invalid' });
  });

  it('throttling one account from one client does not stop the same account from another client', async () => {
    const { username } = await officer();
    const now = at('2026-12-02T10:00:00');
    for (let i = 0; i < 5; i++) expect(await signIn(username, now, { password: 'guess', client: STRANGER })).toEqual({ ok: false, reason: 'invalid' });
    expect(await signIn(username, now, { client: STRANGER })).toEqual({ ok: false, reason: 'throttled', retryAfterSeconds: 30 });
    // the real officer, at her own desk
    expect(await signIn(username, now, { client: HOME })).toMatchObject({ ok: true });
  });

  it('slows down one client trying many accounts (password spraying), whatever the accounts', async () => {
    const now = at('2026-12-02T11:00:00');
    const sprayer = '192.0.2.99';
    for (let i = 0; i < 20; i++) expect(await signIn(`nobody.${i}`, now, { password: 'HoTich@2026', client: sprayer })).toEqual({ ok: false, reason: 'invalid' });
    const { username } = await officer();
    expect(await signIn(username, now, { client: sprayer })).toMatchObject({ ok: false, reason: 'throttled' });
    expect(await signIn(username, now, { client: HOME })).toMatchObject({ ok: true });
    // the client's counter forgets after an hour
    const later = new Date(now.getTime() + 61 * 60_000);
    expect(await signIn('nobody.x', later, { password: 'x', client: sprayer })).toEqual({ ok: false, reason: 'invalid' });
  });

  it('a signed-out session and the sessions of a disabled account are refused at once', async () => {
    const { id } = await officer();
    const now = at('2026-12-02T12:00:00');
    const first = await openSession(db(), { subject: id, role: 'officer', now, maxHours: 12 });
    const second = await openSession(db(), { subject: id, role: 'officer', now, maxHours: 12 });
    expect(await sessionIsLive(db(), first, now)).toBe(true);
    await endSession(db(), first, now);
    expect(await sessionIsLive(db(), first, now)).toBe(false);
    expect(await sessionIsLive(db(), second, now)).toBe(true);
    expect(await sessionIsLive(db(), second, new Date(now.getTime() + 12 * 3_600_000 + 1))).toBe(false);
    await setOfficeAccountActive(db(), id, false, now);
    expect(await sessionIsLive(db(), second, now)).toBe(false);
  });
});
