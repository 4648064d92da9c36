import sharp from 'sharp';
import { fillMysDaughter } from './forms';
import { expect, expectAccessible, newPerson, signInAsCitizen, signInToOffice, test } from './fixtures';
import { keyboard, noHorizontalScroll, signInByKeyboard } from './hands';

// Filing with its refusals and prefill in detail; the review to the certificate is birth-journeys.spec.ts.
// Journeys through several roles: a ceiling for each test, while every step waits for what the user sees.
test.describe.configure({ timeout: 180_000 });

const continueButton = (page: import('@playwright/test').Page) => page.getByRole('button', { name: /^(Lưu và tiếp tục|Save and continue)$/ });

async function next(page: import('@playwright/test').Page, expectedPath: RegExp) {
  await continueButton(page).click();
  await expect(page).toHaveURL(expectedPath);
  await expectAccessible(page);
}

test('Lan registers her son online: prefilled from the birth notice and the databases, submitted with a dossier code', async ({ page }) => {
  await signInAsCitizen(page, 'Nguyễn Thị Lan', '/apply/birthRegistration');
  await expectAccessible(page);
  await expect(page.getByText('Cơ quan đăng ký: UBND Phường Hoàn Kiếm, Thành phố Hà Nội')).toBeVisible();
  await page.getByRole('button', { name: 'Bắt đầu' }).click();
  await expect(page).toHaveURL(/\/registry$/);
  await expectAccessible(page);
  await expect(page.getByLabel('Cơ quan đăng ký')).toHaveValue('00070');

  await next(page, /\/applicant$/);
  await expect(page.getByLabel('Mẹ')).toBeChecked();
  await expect(page.getByLabel('Số điện thoại di động')).toHaveValue('0912345678');

  await next(page, /\/mother$/);
  // She said she is the mother: her own number is shown and cannot be changed.
  await expect(page.getByText('001195012345', { exact: true })).toBeVisible();
  await expect(page.getByLabel('Số định danh cá nhân')).toHaveCount(0);
  await expect(page.getByText('Đã tìm thấy: Nguyễn T*** L***')).toBeVisible();

  await next(page, /\/father$/);
  const fatherId = page.getByLabel('Số định danh cá nhân');
  await fatherId.fill('001199999999');
  await expect(page.getByText(/Không tìm thấy người phù hợp với số định danh này/)).toBeVisible();
  await fatherId.fill('001093054321');
  await expect(page.getByText('Đã tìm thấy: Trần V*** M***')).toBeVisible();

  await next(page, /\/child$/);
  await expect(page.getByText('Theo Giấy chứng sinh điện tử số GCS-01-2026-004512 của Bệnh viện Phụ sản Hà Nội')).toBeVisible();
  await expect(page.getByLabel('Họ của trẻ')).toHaveValue('Trần');
  await expect(page.getByText('15/11/2026')).toBeVisible();
  await continueButton(page).click();
  const summary = page.locator('#error-summary');
  await expect(summary).toContainText('Tên của trẻ: Thông tin này là bắt buộc');
  // The summary takes the focus and keeps it: nothing moves it to the first field a moment later.
  await expect(summary).toBeFocused();
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('error-summary');
  // One Tab reaches its first link, and Enter puts the focus in the field it names.
  const firstLink = summary.getByRole('link').first();
  await page.keyboard.press('Tab');
  await expect(firstLink).toBeFocused();
  const target = (await firstLink.getAttribute('href')) ?? '';
  await page.keyboard.press('Enter');
  await expect(page.locator(target)).toBeFocused();
  await expectAccessible(page);
  await page.getByLabel('Chữ đệm của trẻ').fill('Minh');
  await page.getByLabel('Tên của trẻ').fill('Khôi');

  await next(page, /\/bundle$/);
  await page.getByLabel(/Đăng ký thường trú cho trẻ/).check();
  await page.getByLabel(/Cấp thẻ bảo hiểm y tế/).check();

  await next(page, /\/review$/);
  const answers = page.locator('dl');
  await expect(answers).toContainText('Trần Minh Khôi');
  await expect(answers).toContainText('Ngày mười lăm, tháng mười một, năm hai nghìn không trăm hai mươi sáu');
  await expect(answers).toContainText('Trần Văn Minh');
  await expect(answers).toContainText('Giấy chứng nhận kết hôn số 45, quyển 01/2020');

  await page.getByRole('button', { name: 'Nộp hồ sơ' }).click();
  // Ticked while the refusal is on its way back: the returning form keeps the tick.
  await page.getByLabel(/Tôi cam đoan/).check();
  await expect(page.locator('#error-summary')).toContainText('Hãy xác nhận lời cam đoan');
  await expect(page.getByRole('button', { name: 'Nộp hồ sơ' })).toBeEnabled();
  await expect(page.getByLabel(/Tôi cam đoan/)).toBeChecked();
  await page.getByRole('button', { name: 'Nộp hồ sơ' }).click();
  await expect(page).toHaveURL(/\/submitted$/);
  await expectAccessible(page);
  await expect(page.locator('#dossier-code')).toHaveText(/^00070-\d{6}-\d{4}$/);
  const code = (await page.locator('#dossier-code').textContent())!.trim();

  // Other journeys file for Lan too: look at this application's entry only.
  await page.goto('/applications');
  // Each application says whom it is about, not only which procedure.
  await expect(page.locator('li', { hasText: code })).toContainText('Đã nộp, chờ tiếp nhận');
  await expect(page.locator('li', { hasText: code }).getByRole('heading')).toHaveText('Đăng ký khai sinh — Trần Minh Khôi');
  await expectAccessible(page);
});

test('Mỷ registers her daughter from a 360 px phone: no father declared, witness statement photographed', async ({ page, browser, baseURL }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await signInAsCitizen(page, 'Giàng Thị Mỷ', '/apply/birthRegistration');
  await page.getByRole('button', { name: 'Bắt đầu' }).click();
  await next(page, /\/applicant$/);
  await next(page, /\/mother$/);
  await next(page, /\/father$/);
  await page.getByLabel('Không khai thông tin người cha').check();
  await next(page, /\/child$/);
  // The surname (checked by fillMysDaughter), ethnicity and home town come from Mỷ.
  await expect(page.getByLabel('Dân tộc')).toHaveValue('08');
  await expect(page.getByLabel('Theo quê quán của mẹ')).toBeChecked();
  await fillMysDaughter(page, 'Mai');

  await next(page, /\/documents$/);
  const input = page.locator('#file-witnessStatement');
  await input.setInputFiles({ name: 'loi-khai.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('<html>not a photo</html>') });
  await expect(page.getByText('Chỉ nhận ảnh JPG, PNG hoặc tệp PDF.', { exact: false })).toBeVisible();
  const photo = await sharp({ create: { width: 3000, height: 4000, channels: 3, background: '#f4f1e8' } }).jpeg().toBuffer();
  await input.setInputFiles({ name: 'van-ban-lam-chung.jpg', mimeType: 'image/jpeg', buffer: photo });
  await expect(page.getByText(/Đã gửi \(\d+ KB\)/)).toBeVisible();
  await expectAccessible(page);

  // While the application is a draft, the photo is Mỷ's alone: everyone else gets "not found".
  const attachment = (await page.getByRole('link', { name: 'Xem' }).getAttribute('href'))!;
  expect((await page.request.get(attachment)).headers()['content-type']).toBe('image/jpeg');
  const stranger = async () => (await browser.newContext({ baseURL })).newPage();
  const anonymous = await stranger();
  expect((await anonymous.request.get(attachment)).status()).toBe(404);
  const lan = await stranger();
  await signInAsCitizen(lan, 'Nguyễn Thị Lan');
  expect((await lan.request.get(attachment)).status()).toBe(404);
  expect((await lan.request.delete(attachment)).status()).toBe(404);
  const otherOfficer = await stranger();
  await signInToOffice(otherOfficer, 'officer.hoankiem');
  await expect(otherOfficer).toHaveURL(/\/office$/);
  expect((await otherOfficer.request.get(attachment)).status()).toBe(404);
  const sapa = await stranger();
  await signInToOffice(sapa, 'officer.sapa');
  await expect(sapa).toHaveURL(/\/office$/);
  expect((await sapa.request.get(attachment)).status()).toBe(404);
  await page.getByRole('button', { name: 'Lưu và tiếp tục' }).click();
  await expect(page).toHaveURL(/\/bundle$/);
  await next(page, /\/review$/);
  await expect(page.locator('dl')).toContainText('Giàng Thị Mai');
  await expect(page.locator('dl')).toContainText('Không khai thông tin người cha');
  await expect(page.locator('dl')).toContainText('1 tệp');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.getByLabel(/Tôi cam đoan/).check();
  await page.getByRole('button', { name: 'Nộp hồ sơ' }).click();
  await expect(page).toHaveURL(/\/submitted$/);
  await expect(page.locator('#dossier-code')).toHaveText(/^\d{5}-\d{6}-\d{4}$/);
});

test('An is told before typing anything that his registry takes no online applications', async ({ page }) => {
  await signInAsCitizen(page, 'Nguyễn Văn An', '/apply/birthRegistration');
  await expect(page.getByRole('heading', { level: 1, name: 'Nơi bạn cư trú chưa nhận hồ sơ trực tuyến' })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'Bạch Long Vĩ' })).toContainText('nộp hồ sơ trực tiếp');
  await expect(page.getByRole('button', { name: 'Bắt đầu' })).toHaveCount(0);
  await expectAccessible(page);
});

test('by keyboard alone at 320 px (a 1280 px screen at 400 % zoom), Lan files a birth registration from sign-in to submission', async ({ browser, baseURL }) => {
  const page = await newPerson(browser, baseURL!, 'vi', { width: 320 });
  const hands = keyboard(page);
  const onPage = async (expected: RegExp) => {
    await expect(page).toHaveURL(expected);
    await expectAccessible(page);
    await noHorizontalScroll(page);
  };
  const next = async (expected: RegExp) => {
    await hands.press(continueButton(page));
    await onPage(expected);
  };
  await signInByKeyboard(page, 'Nguyễn Thị Lan', '/apply/birthRegistration');
  await expectAccessible(page);
  await noHorizontalScroll(page);
  await hands.press(page.getByRole('button', { name: 'Bắt đầu' }));
  await onPage(/\/registry$/);
  await next(/\/applicant$/);
  await next(/\/mother$/);
  await next(/\/father$/);
  await hands.type(page.getByLabel('Số định danh cá nhân'), '001093054321');
  await expect(page.getByText('Đã tìm thấy: Trần V*** M***')).toBeVisible();
  await next(/\/child$/);

  // Enter on "Save and continue" with the name missing: the summary has the focus, its link takes
  // the keyboard user to the field.
  await hands.press(continueButton(page));
  const summary = page.locator('#error-summary');
  await expect(summary).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(summary.getByRole('link', { name: /Tên của trẻ/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Tên của trẻ')).toBeFocused();
  await page.keyboard.type('Khang');
  await hands.type(page.getByLabel('Chữ đệm của trẻ'), 'Minh');
  await next(/\/bundle$/);
  await hands.choose(page.getByLabel(/Đăng ký thường trú cho trẻ/));
  await next(/\/review$/);
  await expect(page.locator('dl')).toContainText('Trần Minh Khang');
  await hands.choose(page.getByLabel(/Tôi cam đoan/));
  await hands.press(page.getByRole('button', { name: 'Nộp hồ sơ' }));
  await onPage(/\/submitted$/);
  await expect(page.locator('#dossier-code')).toHaveText(/\S+/);
});
