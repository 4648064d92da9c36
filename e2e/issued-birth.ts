import type { Browser } from '@playwright/test';
import sharp from 'sharp';
import { expect, newOfficeUser, newPerson, signInAsCitizen } from './fixtures';
import { checkIssuedPdf } from './issued-pdf';
import { LABELS, type Locale } from './labels';

/* A birth registered and signed in Sa Pa earlier in a journey: what register changes and amendments start from. */

export const BIRTH_DAY = '2026-11-10';

/** Mỷ files the birth of a daughter at home, with no father declared; Sa Pa registers and signs it. The certificate's QR token. */
export async function issuedBirth(browser: Browser, baseURL: string, locale: Locale, given: string): Promise<{ token: string; child: string; childPersonalId: string; applicationPath: string }> {
  const l = LABELS[locale];
  const child = `Giàng Thị ${given}`;
  const citizen = await newPerson(browser, baseURL, locale);
  await signInAsCitizen(citizen, 'Giàng Thị Mỷ', '/apply/birthRegistration');
  await citizen.getByRole('button', { name: l.start }).click();
  await expect(citizen).toHaveURL(/\/registry$/);
  const next = async (expected: RegExp) => {
    await citizen.getByRole('button', { name: l.continue }).click();
    await expect(citizen).toHaveURL(expected);
  };
  for (const step of [/\/applicant$/, /\/mother$/, /\/father$/]) await next(step);
  await citizen.getByLabel(l.notDeclared).check();
  await next(/\/child$/);
  await citizen.getByLabel(l.middleName).fill('Thị');
  await citizen.getByLabel(l.givenName).fill(given);
  await citizen.getByLabel(l.female, { exact: true }).check();
  const [y, m, d] = BIRTH_DAY.split('-');
  await citizen.getByLabel(l.day, { exact: true }).fill(String(Number(d)));
  await citizen.getByLabel(l.month, { exact: true }).fill(String(Number(m)));
  await citizen.getByLabel(l.year, { exact: true }).fill(y!);
  await citizen.getByLabel(l.placeOther).check();
  await citizen.getByLabel(l.placeOfBirth).fill('Thôn Lao Chải, Phường Sa Pa, Tỉnh Lào Cai');
  await next(/\/documents$/);
  await citizen.locator('#file-witnessStatement').setInputFiles({ name: 'van-ban-lam-chung.jpg', mimeType: 'image/jpeg', buffer: await photo() });
  await expect(citizen.getByText(l.uploaded)).toBeVisible();
  await next(/\/bundle$/);
  await next(/\/review$/);
  await citizen.getByLabel(l.declaration).check();
  await citizen.getByRole('button', { name: l.submit }).click();
  await expect(citizen).toHaveURL(/\/submitted$/);
  const code = (await citizen.locator('#dossier-code').textContent())!.trim();
  const applicationPath = new URL(citizen.url()).pathname.replace(/\/submitted$/, '');

  const officer = await newOfficeUser(browser, baseURL, locale, 'officer.sapa');
  await officer.getByRole('link', { name: l.open(code) }).click();
  await officer.getByRole('button', { name: l.accept }).click();
  await expect(officer.getByText(l.inReview, { exact: true })).toBeVisible();
  await officer.getByRole('button', { name: l.returnDraft }).click();
  await expect(officer.getByText(l.awaiting, { exact: true })).toBeVisible();
  await citizen.goto(applicationPath);
  await citizen.getByRole('button', { name: l.confirm }).click();
  await expect(citizen.getByText(l.confirmed, { exact: true })).toBeVisible();
  await officer.reload();
  await officer.getByRole('button', { name: l.register }).click();
  await expect(officer.getByText(l.awaitingSignature, { exact: true })).toBeVisible();
  const leader = await newOfficeUser(browser, baseURL, locale, 'leader.sapa');
  await leader.goto(new URL(officer.url()).pathname);
  await leader.getByRole('button', { name: l.sign }).click();
  await expect(leader.getByText(l.completed, { exact: true })).toBeVisible();
  await citizen.goto(applicationPath);
  const { token, text } = await checkIssuedPdf(citizen, (await citizen.getByRole('link', { name: l.pdf }).getAttribute('href'))!);
  // The child's new personal ID number, as printed on the certificate.
  const childPersonalId = text.match(/\b\d{12}\b/)?.[0] ?? '';
  return { token, child, childPersonalId, applicationPath };
}

export function photo() {
  return sharp({ create: { width: 1600, height: 2200, channels: 3, background: '#f4f1e8' } }).jpeg().toBuffer();
}

