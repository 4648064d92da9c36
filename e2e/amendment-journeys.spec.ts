import { readFileSync } from 'node:fs';
import type { Browser, Page } from '@playwright/test';
import { expect, expectAccessible, newOfficeUser, newPerson, signInAsCitizen, test, visit } from './fixtures';
import { BIRTH_DAY, issuedBirth, photo } from './issued-birth';
import { checkIssuedPdf } from './issued-pdf';
import { LABELS, type Locale } from './labels';

/*
 * A correction from application to re-issued certificate (procedures.md §6; issue 9): Mỷ's
 * daughter was registered with her given name typed without its diacritics. Mỷ asks for the
 * correction from her phone, sees the register's value beside what she asks for, attaches her
 * proof and pays the province's fee; Sa Pa reviews, returns the draft extract, she confirms, the
 * officer registers and the leader signs. The certificate is re-issued as version 2: the old QR
 * says superseded (with the new version's date and status, not its content), the new one valid.
 */

type Messages = typeof import('../lib/i18n/messages/en.json');
const catalogue = (locale: Locale) => JSON.parse(readFileSync(`lib/i18n/messages/${locale}.json`, 'utf8')) as Messages;
const M = { vi: catalogue('vi'), en: catalogue('en') } as const;

test.describe.configure({ timeout: 300_000 });

/** Mỷ declares, submits and pays the province's fee; the dossier code heads the application's page. */
async function submitAndPay(my: Page, locale: Locale) {
  const l = LABELS[locale];
  await my.getByLabel(l.declaration).check();
  await my.getByRole('button', { name: l.submit }).click();
  // The province's fee is paid before the registry receives it.
  await expect(my.getByRole('heading', { name: M[locale].payment.title, level: 2 }).first()).toBeVisible();
  const applicationPath = new URL(my.url()).pathname;
  await my.getByRole('button', { name: new RegExp(`^${M[locale].payment.pay.split(' {')[0]} `) }).click();
  await my.getByRole('button', { name: M[locale].paySim.pay, exact: true }).click();
  await expect(my.getByText(M[locale].payment.returned.paid)).toBeVisible();
  await expectAccessible(my);
  const code = (await my.getByRole('heading', { level: 1 }).textContent())!.match(/\d{5}-\d{6}-\d{4}/)![0];
  return { applicationPath, code };
}

/** Sa Pa accepts and returns the draft extract, Mỷ confirms it, the officer registers and the leader signs. */
async function takenThrough(browser: Browser, baseURL: string, locale: Locale, input: { my: Page; applicationPath: string; code: string; registered?: (officer: Page) => Promise<void> }) {
  const l = LABELS[locale];
  const { my } = input;
  const officer = await newOfficeUser(browser, baseURL, locale, 'officer.sapa');
  await officer.getByRole('link', { name: l.open(input.code) }).click();
  // The application's own page, not the queue's title still in place while it streams in.
  await expect(officer.getByRole('heading', { level: 1 })).toContainText(input.code);
  await expectAccessible(officer);
  await officer.getByRole('button', { name: l.accept }).click();
  await expect(officer.getByText(l.inReview, { exact: true })).toBeVisible();
  await officer.getByRole('button', { name: l.returnDraft }).click();
  await expect(officer.getByText(l.awaiting, { exact: true })).toBeVisible();
  await my.goto(input.applicationPath);
  await expectAccessible(my);
  await my.getByRole('button', { name: l.confirm }).click();
  await expect(my.getByText(l.confirmed, { exact: true })).toBeVisible();
  await officer.reload();
  await officer.getByRole('button', { name: l.register }).click();
  await expect(officer.getByText(l.awaitingSignature, { exact: true })).toBeVisible();
  await input.registered?.(officer);
  await expectAccessible(officer);
  const leader = await newOfficeUser(browser, baseURL, locale, 'leader.sapa');
  await leader.goto(new URL(officer.url()).pathname);
  await leader.getByRole('button', { name: M[locale].review.sign.replace('{document}', M[locale].procedures.civilStatusAmendment.nouns.document) }).click();
  await expect(leader.getByText(l.completed, { exact: true })).toBeVisible();
}

// Given names no other journey gives a daughter of Mỷ's born the same day: after the correction the
// register holds the corrected one, and a second child of that name and day would be refused.
for (const [locale, typed, corrected] of [
  ['vi', 'Lua', 'Lụa'],
  ['en', 'Lien', 'Liên'],
] as const) {
  test(`[${locale}] Art. 12(1)(a), 4(2): Mỷ corrects her daughter's given name; the certificate is re-issued, its old QR says superseded and the new one valid`, async ({ browser, baseURL }) => {
    const l = LABELS[locale];
    const a = M[locale].amendment;
    const { token: oldToken, child, childPersonalId, applicationPath: birthPath } = await issuedBirth(browser, baseURL!, locale, typed);
    expect(childPersonalId).toMatch(/^\d{12}$/);

    const my = await newPerson(browser, baseURL!, locale, { mobile: true });
    await signInAsCitizen(my, 'Giàng Thị Mỷ', '/apply/civilStatusAmendment');
    await expectAccessible(my);
    await my.getByRole('button', { name: l.start }).click();
    await expect(my).toHaveURL(/\/applicant$/);
    const next = async (expected: RegExp) => {
      await my.getByRole('button', { name: l.continue }).click();
      await expect(my).toHaveURL(expected);
      await expectAccessible(my);
    };
    await my.getByLabel(a.options.relationship.parentOfMinor).check();
    await my.getByLabel(a.fields.subjectPersonalId).fill(childPersonalId);
    await next(/\/record$/);
    // Her daughter's registered events, with number, book, registry and date.
    await expect(my.getByLabel(new RegExp(`^${M[locale].registerSearch.events.birth} — `))).toBeChecked();
    await my.getByLabel(a.options.amendmentType.correction).check();
    await next(/\/items$/);
    // The register's value is shown, read-only, beside each item she may pick.
    const field = my.getByLabel(a.fields.item1Field);
    const option = field.locator('option', { hasText: child.toLocaleUpperCase('vi-VN') });
    await field.selectOption((await option.getAttribute('value'))!);
    // The same value as the register's is refused next to the field, and nothing typed is lost.
    await my.getByLabel(a.fields.item1Value).fill(child);
    await my.getByLabel(a.fields.item1Reason).fill('Tên viết thiếu dấu khi đăng ký; giấy chứng sinh ghi đúng.');
    await my.getByRole('button', { name: l.continue }).click();
    await expect(my.locator('#item1Value-error')).toHaveText(a.problems.sameValue);
    await expect(my.getByLabel(a.fields.item1Reason)).toHaveValue(/giấy chứng sinh/);
    await my.getByLabel(a.fields.item1Value).fill(`Giàng Thị ${corrected}`);
    await next(/\/registry$/);
    await next(/\/documents$/);
    await my.locator('#file-proof').setInputFiles({ name: 'giay-chung-sinh.jpg', mimeType: 'image/jpeg', buffer: await photo() });
    await expect(my.getByText(l.uploaded)).toBeVisible();
    await next(/\/review$/);
    await expect(my.getByText(`${child.toLocaleUpperCase('vi-VN')} → Giàng Thị ${corrected}`)).toBeVisible();
    const { applicationPath, code } = await submitAndPay(my, locale);
    await takenThrough(browser, baseURL!, locale, { my, applicationPath, code });

    // The extract, with the value before and after.
    await my.goto(applicationPath);
    const extract = await checkIssuedPdf(my, (await my.getByRole('link', { name: l.pdf }).first().getAttribute('href'))!);
    expect(extract.text).toContain(child.toLocaleUpperCase('vi-VN'));
    expect(extract.text).toContain(`GIÀNG THỊ ${corrected.toLocaleUpperCase('vi-VN')}`);

    // The bank clerk scans the old certificate: superseded, by version 2, valid; nothing of its content.
    const clerk = await newPerson(browser, baseURL!, locale);
    await visit(clerk, `/verify/${oldToken}`);
    await expect(clerk.getByRole('status')).toContainText(M[locale].docs.status.superseded);
    await expect(clerk.getByRole('status')).toContainText(M[locale].docs.status.valid);
    await expect(clerk.getByText(corrected)).toHaveCount(0);

    // The certificate re-issued on the birth application: version 2, corrected, and its QR says valid.
    await my.goto(birthPath);
    const reissued = await checkIssuedPdf(my, (await my.getByRole('link', { name: l.pdf }).first().getAttribute('href'))!);
    expect(reissued.text).toContain(`GIÀNG THỊ ${corrected.toLocaleUpperCase('vi-VN')}`);
    expect(reissued.payload).toMatchObject({ v: 2 });
    await visit(clerk, `/verify/${reissued.token}`);
    await expect(clerk.getByRole('status')).toContainText(l.valid);
  });
}

/*
 * Art. 4(1): Mỷ's daughter Dợ was registered with the wrong year of birth, which her personal ID
 * number encodes. The correction cannot be registered under the old number: the officer's
 * "register" asks the population database to reissue it, and (the mock answering at once) the
 * entry is registered under the new number in the same click. The re-issued certificate prints the
 * new number; the old paper's QR says superseded.
 */
test('[vi] Art. 4(1): Mỷ corrects her daughter\'s year of birth; the population database reissues the personal ID number and the certificate is re-issued under it', async ({ browser, baseURL }) => {
  const locale = 'vi';
  const l = LABELS[locale];
  const a = M[locale].amendment;
  const { token: oldToken, childPersonalId, applicationPath: birthPath } = await issuedBirth(browser, baseURL!, locale, 'Dợ');
  const [y, m, d] = BIRTH_DAY.split('-');
  const registered = `${d}/${m}/${y}`;
  const corrected = `${d}/${m}/${Number(y) - 1}`;

  const my = await newPerson(browser, baseURL!, locale, { mobile: true });
  await signInAsCitizen(my, 'Giàng Thị Mỷ', '/apply/civilStatusAmendment');
  await my.getByRole('button', { name: l.start }).click();
  await expect(my).toHaveURL(/\/applicant$/);
  const next = async (expected: RegExp) => {
    await my.getByRole('button', { name: l.continue }).click();
    await expect(my).toHaveURL(expected);
  };
  await my.getByLabel(a.options.relationship.parentOfMinor).check();
  await my.getByLabel(a.fields.subjectPersonalId).fill(childPersonalId);
  await next(/\/record$/);
  await my.getByLabel(a.options.amendmentType.correction).check();
  await next(/\/items$/);
  // The date of birth as the register prints it, and the personal ID number is not hers to ask for.
  const field = my.getByLabel(a.fields.item1Field);
  await expect(field.locator('option', { hasText: childPersonalId })).toHaveCount(0);
  await field.selectOption((await field.locator('option', { hasText: registered }).getAttribute('value'))!);
  await my.getByLabel(a.fields.item1Value).fill('31/02/2025');
  await my.getByLabel(a.fields.item1Reason).fill('Năm sinh ghi nhầm khi đăng ký; giấy chứng sinh ghi đúng.');
  await my.getByRole('button', { name: l.continue }).click();
  await expect(my.locator('#item1Value-error')).toHaveText(a.problems.notADate);
  await expect(my.getByLabel(a.fields.item1Reason)).toHaveValue(/giấy chứng sinh/);
  await my.getByLabel(a.fields.item1Value).fill(corrected);
  await next(/\/registry$/);
  await next(/\/documents$/);
  await my.locator('#file-proof').setInputFiles({ name: 'giay-chung-sinh.jpg', mimeType: 'image/jpeg', buffer: await photo() });
  await expect(my.getByText(l.uploaded)).toBeVisible();
  await next(/\/review$/);
  await expect(my.getByText(`${registered} → ${corrected}`)).toBeVisible();
  const { applicationPath, code } = await submitAndPay(my, locale);
  await takenThrough(browser, baseURL!, locale, {
    my,
    applicationPath,
    code,
    // The timeline says why the number changed.
    registered: (officer) => expect(officer.getByText(M[locale].timeline.personalIdIssued)).toBeVisible(),
  });

  // The certificate re-issued under the new number, which encodes the corrected year.
  await my.goto(birthPath);
  const reissued = await checkIssuedPdf(my, (await my.getByRole('link', { name: l.pdf }).first().getAttribute('href'))!);
  const newNumber = reissued.text.match(/Số định danh cá nhân:\s*(\d{12})/)?.[1];
  expect(newNumber).toMatch(new RegExp(`^${childPersonalId.slice(0, 4)}${String(Number(y) - 1).slice(2)}\\d{6}$`));
  expect(reissued.text).not.toContain(childPersonalId);
  expect(reissued.text).toContain(corrected);
  expect(reissued.payload).toMatchObject({ v: 2 });
  const clerk = await newPerson(browser, baseURL!, locale);
  await visit(clerk, `/verify/${oldToken}`);
  await expect(clerk.getByRole('status')).toContainText(M[locale].docs.status.superseded);
});

