import type { Page } from '@playwright/test';
import sharp from 'sharp';
import { expect, expectAccessible, newOfficeUser, newPerson, signInAsCitizen, test } from './fixtures';
import { checkIssuedPdf } from './issued-pdf';
import { LABELS, type Locale } from './labels';

/*
 * Both cases of the birth-registration issue, each in Vietnamese and in English, from sign-in to
 * the issued certificate whose QR code verifies: the citizen files, the officer accepts and
 * returns the draft, the citizen confirms, the officer registers, the leader signs.
 */

/** Each run registers a different child: registering the same child twice is refused. */
type Case = { name: string; persona: string; officer: string; leader: string; householdHead?: string; child: (locale: Locale) => string; mobile: boolean; fill: (page: Page, l: (typeof LABELS)[Locale], given: string) => Promise<void> };
const GIVEN = { vi: { lan: 'Khôi', my: 'Mai' }, en: { lan: 'Khoa', my: 'Mây' } } as const;

const CASES: Case[] = [
  {
    name: 'Lan (hospital birth, birth notice, married parents, bundle)',
    persona: 'Nguyễn Thị Lan',
    householdHead: 'Trần Văn Minh',
    officer: 'officer.hoankiem',
    leader: 'leader.hoankiem',
    child: (locale) => `Trần Minh ${GIVEN[locale].lan}`,
    mobile: false,
    async fill(page, l, given) {
      await page.getByLabel(l.personalId).fill('001093054321');
      await next(page, l, /\/child$/);
      await page.getByLabel(l.middleName).fill('Minh');
      await page.getByLabel(l.givenName).fill(given);
      await next(page, l, /\/bundle$/);
      await page.getByLabel(l.residence).check();
    },
  },
  {
    name: 'Mỷ (home birth, witness statement, no father, 360 px)',
    persona: 'Giàng Thị Mỷ',
    officer: 'officer.sapa',
    leader: 'leader.sapa',
    child: (locale) => `Giàng Thị ${GIVEN[locale].my}`,
    mobile: true,
    async fill(page, l, given) {
      await page.getByLabel(l.notDeclared).check();
      await next(page, l, /\/child$/);
      await page.getByLabel(l.middleName).fill('Thị');
      await page.getByLabel(l.givenName).fill(given);
      await page.getByLabel(l.female, { exact: true }).check();
      await page.getByLabel(l.day, { exact: true }).fill('10');
      await page.getByLabel(l.month, { exact: true }).fill('11');
      await page.getByLabel(l.year, { exact: true }).fill('2026');
      await page.getByLabel(l.placeOther).check();
      await page.getByLabel(l.placeOfBirth).fill('Thôn Lao Chải, Phường Sa Pa, Tỉnh Lào Cai');
      await next(page, l, /\/documents$/);
      const photo = await sharp({ create: { width: 2400, height: 3200, channels: 3, background: '#f4f1e8' } }).jpeg().toBuffer();
      await page.locator('#file-witnessStatement').setInputFiles({ name: 'van-ban-lam-chung.jpg', mimeType: 'image/jpeg', buffer: photo });
      await expect(page.getByText(l.uploaded)).toBeVisible();
      await next(page, l, /\/bundle$/);
    },
  },
];

async function next(page: Page, l: (typeof LABELS)[Locale], expected: RegExp) {
  await page.getByRole('button', { name: l.continue }).click();
  await expect(page).toHaveURL(expected);
  await expectAccessible(page);
}

// A whole journey through four roles: a ceiling for the test, while every step waits for what the user sees.
test.describe.configure({ timeout: 180_000 });

for (const locale of ['vi', 'en'] as const) {
  for (const c of CASES) {
    test(`[${locale}] ${c.name}: from sign-in to a verified e-birth certificate`, async ({ browser, baseURL }) => {
      const l = LABELS[locale];
      const citizen = await newPerson(browser, baseURL!, locale, { mobile: c.mobile });
      await signInAsCitizen(citizen, c.persona, '/apply/birthRegistration');
      await citizen.getByRole('button', { name: l.start }).click();
      await expect(citizen).toHaveURL(/\/registry$/);
      for (const step of [/\/applicant$/, /\/mother$/, /\/father$/]) await next(citizen, l, step);
      const child = c.child(locale);
      await c.fill(citizen, l, child.split(' ').at(-1)!);
      await next(citizen, l, /\/review$/);
      await citizen.getByLabel(l.declaration).check();
      await citizen.getByRole('button', { name: l.submit }).click();
      await expect(citizen).toHaveURL(/\/submitted$/);
      await expectAccessible(citizen);
      const code = (await citizen.locator('#dossier-code').textContent())!.trim();
      const applicationPath = new URL(citizen.url()).pathname.replace(/\/submitted$/, '');

      if (c.householdHead) {
        // The child joins Minh's household: as its head he agrees from his own account.
        const head = await newPerson(browser, baseURL!, locale);
        await signInAsCitizen(head, c.householdHead, '/me');
        await expectAccessible(head);
        const request = head.locator('li', { hasText: code });
        await request.getByRole('button', { name: l.agree, exact: true }).click();
        await expect(request.getByText(l.consentGiven)).toBeVisible();
      }

      const officer = await newOfficeUser(browser, baseURL!, locale, c.officer);
      await officer.getByRole('link', { name: l.open(code) }).click();
      await expect(officer.getByRole('heading', { level: 1 })).toContainText(code);
      await expectAccessible(officer);
      await officer.getByRole('button', { name: l.accept }).click();
      await expect(officer.getByText(l.inReview, { exact: true })).toBeVisible();
      await officer.getByRole('button', { name: l.returnDraft }).click();
      await expect(officer.getByText(l.awaiting, { exact: true })).toBeVisible();

      await citizen.goto(applicationPath);
      await expect(citizen.getByRole('heading', { name: l.draftTitle })).toBeVisible();
      await expect(citizen.locator('main')).toContainText(child.toUpperCase());
      await expectAccessible(citizen);
      await citizen.getByRole('button', { name: l.confirm }).click();
      await expect(citizen.getByText(l.confirmed, { exact: true })).toBeVisible();
      await expect(citizen.getByText(l.confirmedNote)).toBeVisible();

      await officer.reload();
      await officer.getByRole('button', { name: l.register }).click();
      await expect(officer.getByText(l.awaitingSignature, { exact: true })).toBeVisible();
      await expect(officer.getByText(l.registeredFacts)).toBeVisible();
      const leader = await newOfficeUser(browser, baseURL!, locale, c.leader);
      await leader.goto(new URL(officer.url()).pathname);
      await leader.getByRole('button', { name: l.sign }).click();
      await expect(leader.getByText(l.completed, { exact: true })).toBeVisible();
      await expectAccessible(leader);

      await citizen.goto(applicationPath);
      await expect(citizen.getByText(l.completed, { exact: true })).toBeVisible();
      const pdfHref = (await citizen.getByRole('link', { name: l.pdf }).getAttribute('href'))!;
      const { text, token, payload } = await checkIssuedPdf(citizen, pdfHref);
      expect(text).toContain(child.toUpperCase());
      expect(payload).toMatchObject({ n: child });

      const clerk = await newPerson(browser, baseURL!, locale);
      await clerk.goto(`/verify/${token}`);
      await expect(clerk.getByText(l.valid)).toBeVisible();
      await expect(clerk.locator('main')).toContainText(child.toUpperCase());
      await expectAccessible(clerk);
    });
  }
}
