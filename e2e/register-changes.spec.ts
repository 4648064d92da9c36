import type { Browser, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expect, expectAccessible, newOfficeUser, newPerson, signInAsCitizen, test, visit } from './fixtures';
import { BIRTH_DAY, issuedBirth, photo } from './issued-birth';
import { LABELS, type Locale } from './labels';

/*
 * Changing what is registered (issue 9), from the register to the QR code a bank clerk scans:
 *
 * - in Vietnamese, a court revokes the birth registration of Mỷ's daughter: the Sa Pa officer asks
 *   for its deletion with the judgment, dbadmin.moj approves, the certificate's QR says deleted;
 *   a later judgment restores it, and the QR says valid again; the log shows both steps;
 * - in English, the officer finds that the register differs from the dossier and reports it;
 *   nothing changes until dbadmin.moj approves; then the QR says amended, with the value now.
 *
 * The verify page is checked at each step, and axe runs on every page.
 */

type Messages = typeof import('../lib/i18n/messages/en.json');
const catalogue = (locale: Locale) => JSON.parse(readFileSync(`lib/i18n/messages/${locale}.json`, 'utf8')) as Messages;
const M = { vi: catalogue('vi'), en: catalogue('en') } as const;

/** The Sa Pa officer finds the child's birth entry by name and date of birth, and opens it. */
async function openEntry(browser: Browser, baseURL: string, locale: Locale, child: string): Promise<Page> {
  const r = M[locale].registerSearch;
  const officer = await newOfficeUser(browser, baseURL, locale, 'officer.sapa');
  await officer.goto('/office/register');
  await officer.getByLabel(r.fullName, { exact: true }).first().fill(child);
  await officer.getByLabel(r.dateOfBirth, { exact: true }).first().fill(BIRTH_DAY);
  await officer.getByLabel(r.purpose).selectOption('amendment');
  await officer.getByRole('button', { name: r.search, exact: true }).click();
  await officer.locator('#results + ul').getByRole('link').first().click();
  await expect(officer).toHaveURL(/\/office\/register\/[0-9a-f-]{36}$/);
  await expectAccessible(officer);
  return officer;
}

/** dbadmin.moj opens the oldest request about this child, reviews it and decides with a note. */
async function decide(browser: Browser, baseURL: string, locale: Locale, child: string, decision: 'approve' | 'refuse', note: string) {
  const c = M[locale].changes;
  const manager = await newOfficeUser(browser, baseURL, locale, 'dbadmin.moj');
  await manager.getByRole('link', { name: M[locale].officeNav.changes }).click();
  await expect(manager.getByRole('heading', { level: 1, name: c.queueTitle })).toBeVisible();
  await expectAccessible(manager);
  await manager.locator('li', { hasText: child }).first().getByRole('link').click();
  await expect(manager.getByRole('heading', { name: c.whatIsAsked })).toBeVisible();
  await expectAccessible(manager);
  // Art. 12(2): no decision without the review note.
  await manager.getByLabel(c.decisions[decision]).check();
  await manager.getByRole('button', { name: c.decideSubmit }).click();
  await expect(manager.locator('#error-summary')).toBeFocused();
  await manager.getByLabel(c.fields.note).fill(note);
  await manager.getByRole('button', { name: c.decideSubmit }).click();
  await expect(manager.getByText(c.decided[decision === 'approve' ? 'approved' : 'refused'])).toBeVisible();
  // Checked as loaded: right after the action's redirect the page's metadata may still be arriving.
  await manager.reload();
  await expectAccessible(manager);
}

async function verifyStatus(browser: Browser, baseURL: string, locale: Locale, token: string, status: 'valid' | 'deleted' | 'amended') {
  const clerk = await newPerson(browser, baseURL, locale);
  await visit(clerk, `/verify/${token}`);
  const shown = status === 'valid' ? LABELS[locale].valid : `✗ ${M[locale].docs.status[status]}`;
  await expect(clerk.getByRole('status')).toContainText(shown);
  return clerk;
}

test.describe.configure({ timeout: 240_000 });

test('[vi] Art. 13: the Sa Pa officer asks for a deletion with the judgment, dbadmin.moj approves, the QR says deleted; a new judgment restores it and the QR says valid', async ({ browser, baseURL }) => {
  const c = M.vi.changes;
  const { token, child } = await issuedBirth(browser, baseURL!, 'vi', 'Hoa');
  await verifyStatus(browser, baseURL!, 'vi', token, 'valid');

  const officer = await openEntry(browser, baseURL!, 'vi', child);
  await officer.getByText(c.titles.deletion).click();
  const form = officer.locator('details').filter({ hasText: c.titles.deletion });
  // Art. 13(2): the judgment is required; what was typed stays.
  await form.getByLabel(c.fields.reasons).fill('Bản án tuyên hủy việc đăng ký khai sinh do giả mạo giấy tờ.');
  await form.getByLabel(c.fields.grounds).fill('Bản án số 12/2026/HNGĐ-ST ngày 01/12/2026 của Tòa án nhân dân tỉnh Lào Cai');
  await form.getByRole('button', { name: c.submit.deletion }).click();
  await expect(form.locator('#error-summary')).toContainText(c.errors.evidence);
  await expect(form.getByLabel(c.fields.reasons)).toHaveValue(/giả mạo giấy tờ/);
  await expectAccessible(officer);
  await form.getByLabel(c.fields.judgment).setInputFiles({ name: 'ban-an-12-2026.jpg', mimeType: 'image/jpeg', buffer: await photo() });
  await form.getByRole('button', { name: c.submit.deletion }).click();
  await expect(officer.getByText(c.sent.deletion)).toBeVisible();
  await officer.reload();
  await expectAccessible(officer);
  // Nothing changes before the approval.
  await verifyStatus(browser, baseURL!, 'vi', token, 'valid');

  await decide(browser, baseURL!, 'vi', child, 'approve', 'Đã đối chiếu bản án có hiệu lực pháp luật với sổ đăng ký khai sinh.');
  const clerk = await verifyStatus(browser, baseURL!, 'vi', token, 'deleted');
  await expect(clerk.getByText(M.vi.verify.deletedLead)).toBeVisible();
  // Art. 13(3): it stays in Mỷ's e-record, marked.
  const my = await newPerson(browser, baseURL!, 'vi');
  await signInAsCitizen(my, 'Giàng Thị Mỷ', '/me');
  await expect(my.locator('section[aria-labelledby=records]')).toContainText(M.vi.me.recordStatus.deleted);
  await expectAccessible(my);

  await officer.reload();
  await expect(officer.getByText(c.deletedNotice)).toBeVisible();
  await officer.getByLabel(c.fields.reasons).fill('Bản án phúc thẩm hủy bản án sơ thẩm.');
  await officer.getByLabel(c.fields.grounds).fill('Bản án số 30/2026/HNGĐ-PT ngày 20/12/2026 của Tòa án nhân dân cấp cao tại Hà Nội');
  await officer.getByLabel(c.fields.judgment).setInputFiles({ name: 'ban-an-30-2026.jpg', mimeType: 'image/jpeg', buffer: await photo() });
  await officer.getByRole('button', { name: c.submit.restore }).click();
  await expect(officer.getByText(c.sent.restore)).toBeVisible();
  await verifyStatus(browser, baseURL!, 'vi', token, 'deleted');

  await decide(browser, baseURL!, 'vi', child, 'approve', 'Bản án phúc thẩm có hiệu lực: khôi phục.');
  await verifyStatus(browser, baseURL!, 'vi', token, 'valid');
  await officer.reload();
  const log = officer.locator('section[aria-labelledby=adjustments] > ol > li');
  await expect(log).toHaveCount(2);
  await expect(log.nth(0)).toContainText(c.paths.deletion);
  await expect(log.nth(1)).toContainText(c.paths.restore);
  await expect(log.nth(0)).toContainText('Điều 13');
  await expectAccessible(officer);
});

test('[en] Art. 12(1)(b), 12(2): the officer reports a discrepancy, nothing changes until dbadmin.moj approves, then the QR says amended with the value now', async ({ browser, baseURL }) => {
  const c = M.en.changes;
  const { token, child } = await issuedBirth(browser, baseURL!, 'en', 'Hương');
  const officer = await openEntry(browser, baseURL!, 'en', child);
  await officer.getByText(c.titles.discrepancy).click();
  const form = officer.locator('details').filter({ hasText: c.titles.discrepancy });
  await form.getByLabel(c.fields.field).selectOption({ label: M.en.birth.fields.placeOfBirthKind });
  await expect(form.getByText(`${c.fields.current}: Thôn Lao Chải`)).toBeVisible();
  await form.getByLabel(c.fields.requested).fill('Bản Lao Chải, Phường Sa Pa, Tỉnh Lào Cai');
  await form.getByLabel(c.fields.reasons).fill('The village was mistyped when the entry was made.');
  await form.getByLabel(c.fields.dossier).fill('Witness statement in the dossier');
  await form.getByLabel(c.fields.evidence).setInputFiles({ name: 'witness.jpg', mimeType: 'image/jpeg', buffer: await photo() });
  await form.getByRole('button', { name: c.submit.discrepancy }).click();
  await expect(officer.getByText(c.sent.discrepancy)).toBeVisible();
  await officer.reload();
  await expectAccessible(officer);
  await verifyStatus(browser, baseURL!, 'en', token, 'valid');

  await decide(browser, baseURL!, 'en', child, 'approve', 'Checked against the witness statement in the dossier.');
  const clerk = await verifyStatus(browser, baseURL!, 'en', token, 'amended');
  await expect(clerk.locator('section[aria-labelledby=updates]')).toContainText('Bản Lao Chải, Phường Sa Pa, Tỉnh Lào Cai');
  // The document as printed is still what the holder has in hand.
  await expect(clerk.locator('section[aria-labelledby=printed]')).toContainText('Thôn Lao Chải');
  await officer.reload();
  await expect(officer.locator('section[aria-labelledby=adjustments] > ol > li')).toContainText(c.paths.discrepancy);
});
