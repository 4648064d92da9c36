import type { Browser, Page } from '@playwright/test';
import { expect, expectAccessible, newOfficeUser, newPerson, signInAsCitizen, test } from './fixtures';
import { checkIssuedPdf } from './issued-pdf';

/*
 * The Electronic Civil Status Database and copies of its entries (issue "The Electronic Civil
 * Status Database…"): in Vietnamese, the supervisor of Nghệ An approves Hoàng Văn Bình's digitised
 * 2012 birth entry and finds it in the register; Bình, who knows neither its number nor its date,
 * finds it by name and date of birth typed without diacritics, abandons a first payment, pays for
 * 2 copies through the payment gateway, gets them at once and sees who viewed his record. In
 * English on a 360 px phone, he asks for one more copy by the registration details.
 */

const L = {
  vi: {
    start: 'Bắt đầu', continue: 'Lưu và tiếp tục', self: 'Cho chính tôi', birthCopy: 'Bản sao Giấy khai sinh', byPersons: 'Theo họ tên và ngày sinh (khi không biết số đăng ký)',
    byEntry: 'Theo nơi, số và ngày đăng ký', copies: 'Số bản sao', childName: 'Họ, chữ đệm, tên người được khai sinh', fee: 'Lệ phí phải nộp: 16.000 đồng', declaration: /^Tôi cam đoan những thông tin khai trên đây/,
    submit: 'Nộp hồ sơ', pay: 'Thanh toán 16.000 đồng', payAgain: 'Thanh toán lại 16.000 đồng', gatewayPay: 'Thanh toán', gatewayCancel: 'Hủy giao dịch', abandoned: /Bạn đã hủy thanh toán/,
    paid: 'Đã thanh toán lệ phí. Cơ quan đăng ký đã nhận hồ sơ.', issued: 'Đã cấp bản sao', copy: (n: number) => `Tải bản sao số ${n} (PDF)`, valid: '✓ Giấy tờ hợp lệ',
  },
  en: {
    start: 'Start', continue: 'Save and continue', self: 'For myself', birthCopy: 'Birth certificate copy', byEntry: 'By registry, number and date of registration', copies: 'Number of copies',
    entryNumber: 'Entry number', entryRegistry: 'Registry where it was registered', fee: 'Fee due: 8,000 VND', declaration: /^I declare that the information/, submit: 'Submit application',
    pay: 'Pay 8,000 VND', gatewayPay: 'Pay', paid: 'The fee was paid. The registry has received the application.', issued: 'Copies issued', pdf: 'Download the electronic copy (PDF)',
    day: 'Day', month: 'Month', year: 'Year',
  },
} as const;

/** Bình's birth was digitised from the 2012 book: the Department of Justice of Nghệ An approves it once (Circular 01/2022 Art. 10(3)). */
async function approveBinhsEntry(browser: Browser, baseURL: string, check: boolean) {
  const supervisor = await newOfficeUser(browser, baseURL, 'vi', 'supervisor.nghean');
  await supervisor.getByRole('link', { name: 'Phê duyệt dữ liệu số hóa' }).click();
  await expect(supervisor.getByRole('heading', { name: 'Phê duyệt dữ liệu hộ tịch số hóa', level: 1 })).toBeVisible();
  if (check) await expectAccessible(supervisor);
  const entry = supervisor.getByRole('listitem').filter({ hasText: 'Hoàng Văn Bình' });
  if ((await entry.count()) > 0) {
    await expect(entry).toContainText('Số 112, quyển 01/2012');
    await entry.getByRole('button', { name: /^Phê duyệt/ }).click();
    await expect(entry.getByRole('status')).toHaveText('Đã phê duyệt việc đăng ký số 112, quyển 01/2012.');
  }
  return supervisor;
}

async function continueTo(page: Page, label: string, expected: RegExp) {
  await page.getByRole('button', { name: label }).click();
  await expect(page).toHaveURL(expected);
  await expectAccessible(page);
}

test.describe.configure({ timeout: 240_000 });

test('[vi] Art. 7(2), 10(3): Bình finds his approved entry by name and date of birth, abandons a payment, pays again and downloads 2 copies', async ({ browser, baseURL }) => {
  const l = L.vi;
  const supervisor = await approveBinhsEntry(browser, baseURL!, true);
  // The supervisor finds it in the register of the province, by a name typed without diacritics.
  await supervisor.goto('/office/register');
  await expectAccessible(supervisor);
  await supervisor.getByLabel('Họ tên', { exact: true }).first().fill('hoang binh');
  await supervisor.getByLabel('Ngày sinh', { exact: true }).first().fill('1950-06-15');
  await supervisor.getByLabel('Lý do tra cứu').selectOption('verification');
  await supervisor.getByRole('button', { name: 'Tìm', exact: true }).click();
  await expect(supervisor.getByRole('heading', { name: 'Kết quả (1)' })).toBeVisible();
  await expect(supervisor.locator('#results + ul')).toContainText('Người được khai sinh: Hoàng Văn Bình (15/06/1950)');
  await expectAccessible(supervisor);

  const binh = await newPerson(browser, baseURL!, 'vi');
  await signInAsCitizen(binh, 'Hoàng Văn Bình', '/apply/extractCopyRequest');
  await expectAccessible(binh);
  await binh.getByRole('button', { name: l.start }).click();
  await expect(binh).toHaveURL(/\/applicant$/);
  await binh.getByLabel(l.self).check();
  await continueTo(binh, l.continue, /\/registry$/);
  await continueTo(binh, l.continue, /\/request$/);
  await binh.getByLabel(l.birthCopy).check();
  await binh.getByLabel(l.byPersons).check();
  await binh.getByLabel(l.copies).selectOption('2');
  await continueTo(binh, l.continue, /\/birthPersons$/);
  // His own name and date of birth are suggested; typed without diacritics or middle name it still matches.
  await expect(binh.getByLabel(l.childName)).toHaveValue('Hoàng Văn Bình');
  await binh.getByLabel(l.childName).fill('hoang binh');
  await continueTo(binh, l.continue, /\/review$/);
  // The fee and its reason before submission.
  await expect(binh.getByText(l.fee)).toBeVisible();
  await expect(binh.locator('#fee').locator('..')).toContainText('2 × 8.000 đồng (Thông tư 281/2016/TT-BTC, Điều 4)');
  await binh.getByLabel(l.declaration).check();
  await binh.getByRole('button', { name: l.submit }).click();
  await expect(binh.getByRole('heading', { name: 'Lệ phí', level: 2 }).first()).toBeVisible();
  await expectAccessible(binh);
  const applicationPath = new URL(binh.url()).pathname;

  // A first payment is abandoned at the gateway: the application waits, nothing is lost.
  await binh.getByRole('button', { name: l.pay }).click();
  await expect(binh.getByRole('heading', { name: 'Cổng thanh toán (mô phỏng)' })).toBeVisible();
  await expectAccessible(binh);
  await binh.getByRole('button', { name: l.gatewayCancel }).click();
  await expect(binh.getByText(l.abandoned)).toBeVisible();
  await expect(binh.getByText('Chờ thanh toán lệ phí', { exact: true })).toBeVisible();
  await expectAccessible(binh);
  await binh.getByRole('button', { name: l.payAgain }).click();
  await binh.getByRole('button', { name: l.gatewayPay, exact: true }).click();
  await expect(binh.getByText(l.paid)).toBeVisible();
  // Exactly one official entry was found: the copies were issued at once.
  await expect(binh.locator('dd strong', { hasText: l.issued })).toBeVisible();
  await expectAccessible(binh);

  const tokens: string[] = [];
  for (const n of [1, 2]) {
    const href = (await binh.getByRole('link', { name: l.copy(n) }).getAttribute('href'))!;
    const { text, token, payload } = await checkIssuedPdf(binh, href);
    expect(text).toContain('BẢN SAO GIẤY KHAI SINH');
    expect(text).toContain('HOÀNG VĂN BÌNH');
    expect(text).toContain(`Bản sao số ${n}/2`);
    expect(text).toContain('UBND phường Hưng Bình');
    expect(payload).toMatchObject({ k: 'extractCopy', n: 'Hoàng Văn Bình', e: '112', q: '01/2012' });
    tokens.push(token);
  }
  expect(new Set(tokens).size).toBe(2);
  const clerk = await newPerson(browser, baseURL!, 'vi');
  await clerk.goto(`/verify/${tokens[0]}`);
  await expect(clerk.getByText(l.valid)).toBeVisible();
  await expectAccessible(clerk);

  // The receipt is in "Giấy tờ của tôi"; the views of his record in "Thông tin của tôi".
  await binh.goto('/documents');
  await expect(binh.getByRole('heading', { name: 'Biên lai lệ phí' })).toBeVisible();
  await expect(binh.locator('#receipts + ul')).toContainText('16.000 đồng');
  await expectAccessible(binh);
  await binh.goto('/me');
  await expect(binh.locator('section[aria-labelledby=views]')).toContainText('Thái Văn Lương, Sở Tư pháp Tỉnh Nghệ An — Xác minh');
  await expectAccessible(binh);
  await binh.goto(applicationPath);
  await expect(binh.getByText('Đã nhận lệ phí: cơ quan đăng ký đã nhận hồ sơ')).toBeVisible();

  // Another citizen cannot open the application or its copies; a citizen has no register search.
  const lan = await newPerson(browser, baseURL!, 'vi');
  await signInAsCitizen(lan, 'Nguyễn Thị Lan');
  expect((await lan.goto(applicationPath))?.status()).toBe(404);
  expect((await lan.goto('/office/register'))?.status()).toBe(404);
});

test('[en] on a phone, Bình asks for one more copy by the registration details and gets it at once', async ({ browser, baseURL }) => {
  const l = L.en;
  await approveBinhsEntry(browser, baseURL!, false);
  const binh = await newPerson(browser, baseURL!, 'en', { mobile: true });
  await signInAsCitizen(binh, 'Hoàng Văn Bình', '/apply/extractCopyRequest');
  await binh.getByRole('button', { name: l.start }).click();
  await expect(binh).toHaveURL(/\/applicant$/);
  await binh.getByLabel(l.self).check();
  await continueTo(binh, l.continue, /\/registry$/);
  await continueTo(binh, l.continue, /\/request$/);
  await binh.getByLabel(l.birthCopy).check();
  await binh.getByLabel(l.byEntry).check();
  await continueTo(binh, l.continue, /\/entry$/);
  const registry = binh.getByLabel(l.entryRegistry);
  await registry.selectOption((await registry.locator('option', { hasText: 'Phường Thành Vinh' }).getAttribute('value'))!);
  await binh.getByLabel(l.entryNumber).fill('112');
  await binh.getByLabel(l.day, { exact: true }).fill('20');
  await binh.getByLabel(l.month, { exact: true }).fill('03');
  await binh.getByLabel(l.year, { exact: true }).fill('2012');
  await continueTo(binh, l.continue, /\/review$/);
  await expect(binh.getByText(l.fee)).toBeVisible();
  await binh.getByLabel(l.declaration).check();
  await binh.getByRole('button', { name: l.submit }).click();
  await binh.getByRole('button', { name: l.pay }).click();
  await binh.getByRole('button', { name: l.gatewayPay, exact: true }).click();
  await expect(binh.getByText(l.paid)).toBeVisible();
  await expect(binh.locator('dd strong', { hasText: l.issued })).toBeVisible();
  await expectAccessible(binh);
  expect(await binh.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  const { text } = await checkIssuedPdf(binh, (await binh.getByRole('link', { name: l.pdf }).getAttribute('href'))!);
  expect(text).toContain('BẢN SAO GIẤY KHAI SINH');
});
