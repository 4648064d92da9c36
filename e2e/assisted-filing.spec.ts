import sharp from 'sharp';
import { fillMysDaughter } from './forms';
import { DEMO_PASSWORD, expect, expectAccessible, newOfficeUser, newPerson, nextOfficeCode, signInAsCitizen, test } from './fixtures';

/*
 * Issue 12: assisted filing. A citizen with no smartphone (or with one, but unsure of the forms)
 * files at the commune's one-stop desk; the application is hers from the start, and the helper's
 * access ends when it is submitted.
 */

const continueButton = (page: import('@playwright/test').Page) => page.getByRole('button', { name: 'Lưu và tiếp tục' });
async function next(page: import('@playwright/test').Page, expected: RegExp) {
  await continueButton(page).click();
  await expect(page).toHaveURL(expected);
  await expectAccessible(page);
}

/** Mỷ's daughter, born at home (a witness statement, no father declared): the form up to its documents, filled at the desk. */
async function fillMyBirthUpToDocuments(desk: import('@playwright/test').Page, givenName: string) {
  await next(desk, /\/applicant$/);
  await expect(desk.getByText('Giàng Thị Mỷ · 010 301 006 789', { exact: false })).toBeVisible();
  await next(desk, /\/mother$/);
  await next(desk, /\/father$/);
  await desk.getByLabel('Không khai thông tin người cha').check();
  await next(desk, /\/child$/);
  await fillMysDaughter(desk, givenName);
  await next(desk, /\/documents$/);
  // No reuse of Mỷ's issued documents at the desk: the helper sees none of them.
  await expect(desk.getByText('Giấy tờ của tôi')).toHaveCount(0);
  const witness = await sharp({ create: { width: 1500, height: 2000, channels: 3, background: '#f4f1e8' } }).jpeg().toBuffer();
  await desk.locator('#file-witnessStatement').setInputFiles({ name: 'van-ban-lam-chung.jpg', mimeType: 'image/jpeg', buffer: witness });
  await expect(desk.getByText(/Đã gửi \(\d+ KB\)/)).toBeVisible();
}

/** From the documents page to submission; returns the dossier code the helper is left with. */
async function submitAtDesk(desk: import('@playwright/test').Page, givenName: string) {
  await continueButton(desk).click();
  await expect(desk).toHaveURL(/\/bundle$/);
  await next(desk, /\/review$/);
  await expect(desk.locator('dl')).toContainText(`Giàng Thị ${givenName}`);
  await desk.getByLabel(/Tôi cam đoan/).check();
  await desk.getByRole('button', { name: 'Nộp hồ sơ' }).click();
  // Handed over: only the dossier code stays with the helper.
  await expect(desk).toHaveURL(/\/office\/assist\/[0-9a-f-]{36}$/);
  const handedOver = desk.getByText(/^Đã nộp — mã hồ sơ \d{5}-\d{6}-\d{4}\. Hồ sơ thuộc về người dân\.$/);
  await expect(handedOver).toBeVisible();
  await expectAccessible(desk);
  return (await handedOver.textContent())!.match(/\d{5}-\d{6}-\d{4}/)![0];
}

test('officer.sapa helps Mỷ, who has no smartphone, file her daughter’s birth at the desk: card read, paper signed; Mỷ finds it in her own account, and the form closes to the helper at submission', async ({ page, browser, baseURL }) => {
  const desk = await newOfficeUser(browser, baseURL!, 'vi', 'officer.sapa');
  await desk.getByRole('link', { name: 'Hỗ trợ người dân nộp hồ sơ' }).click();
  await expect(desk.getByRole('heading', { level: 1, name: 'Hỗ trợ người dân nộp hồ sơ' })).toBeVisible();
  await expectAccessible(desk);

  // Mỷ hands over her chip ID card; the number is read from it, not typed.
  await desk.getByLabel('Thẻ đặt trên đầu đọc').selectOption({ label: 'Giàng Thị Mỷ' });
  await desk.getByRole('button', { name: 'Đọc thẻ' }).click();
  await expect(desk.getByText('Đã đọc thẻ: Giàng Thị Mỷ, số 010301006789.')).toBeVisible();
  await expect(desk.getByLabel('Số định danh cá nhân của người dân')).toHaveValue('010301006789');
  await desk.getByLabel('Thủ tục').selectOption({ label: 'Đăng ký khai sinh' });
  await desk.getByLabel(/Người dân không có điện thoại/).check();

  // Nothing ticked, no photo: each problem next to its field, and the number and choices kept.
  await desk.getByRole('button', { name: 'Bắt đầu lập hồ sơ' }).click();
  const summary = desk.locator('#error-summary');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Đánh dấu rằng bạn đã kiểm tra thẻ và đối chiếu với người dân');
  await expect(summary).toContainText('Chụp ảnh tờ khai người dân đã ký');
  await expectAccessible(desk);
  await expect(desk.getByLabel('Số định danh cá nhân của người dân')).toHaveValue('010301006789');
  await expect(desk.getByLabel('Thủ tục')).toHaveValue('birthRegistration');
  await desk.getByLabel('Tôi đã kiểm tra thẻ căn cước gắn chíp và đối chiếu với người đang có mặt').check();
  const paper = await sharp({ create: { width: 1500, height: 2000, channels: 3, background: '#fbfaf5' } }).jpeg().toBuffer();
  await desk.getByLabel('Ảnh tờ khai người dân đã ký trên giấy').setInputFiles({ name: 'to-khai-da-ky.jpg', mimeType: 'image/jpeg', buffer: paper });
  await desk.getByRole('button', { name: 'Bắt đầu lập hồ sơ' }).click();

  // The form is Mỷ's, filled by the officer with her at the desk.
  await expect(desk).toHaveURL(/\/applications\/[0-9a-f-]{36}\/registry$/);
  await expectAccessible(desk);
  const applicationUrl = new URL(desk.url()).pathname.replace(/\/registry$/, '');
  await fillMyBirthUpToDocuments(desk, 'Pà');
  const attachment = (await desk.getByRole('link', { name: 'Xem' }).getAttribute('href'))!;

  // A helper of another commune gets "not found": the form, its photo, the look-up.
  const stranger = await browser.newContext({ baseURL });
  const other = await stranger.newPage();
  await other.goto('/office/sign-in');
  await other.getByLabel('Tên đăng nhập').fill('helper.hoankiem');
  await other.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
  await other.getByLabel('Mã xác thực').fill(await nextOfficeCode(baseURL!, 'helper.hoankiem'));
  await other.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
  await expect(other).toHaveURL(/\/office\/assist$/);
  expect((await other.goto(`${applicationUrl}/child`))!.status()).toBe(404);
  expect((await other.request.get(attachment)).status()).toBe(404);
  expect((await other.request.delete(attachment)).status()).toBe(404);
  // A community helper has no register and no registry queue.
  expect((await other.goto('/office/register'))!.status()).toBe(404);
  expect((await other.goto('/office'))!.url()).toMatch(/\/office\/assist$/);

  const code = await submitAtDesk(desk, 'Pà');
  // The form is closed to him now; as an officer of the registry he reviews it in the queue, like any other.
  expect((await desk.goto(`${applicationUrl}/child`))!.status()).toBe(404);
  expect((await desk.goto(applicationUrl))!.status()).toBe(404);
  await desk.goto(`/office${applicationUrl}`);
  await expect(desk.getByText('Nộp với sự hỗ trợ của Sùng A Páo.')).toBeVisible();
  await expectAccessible(desk);
  await desk.goto('/office/assist');
  await expect(desk.getByText(`Đã nộp — mã hồ sơ ${code}. Hồ sơ thuộc về người dân.`)).toBeVisible();
  // The desk's count of helped applications, per helper.
  await desk.goto('/office');
  const counts = desk.getByRole('table', { name: 'Hồ sơ nộp có hỗ trợ' });
  await expect(counts.getByRole('row', { name: /Sùng A Páo/ })).toBeVisible();
  await expectAccessible(desk);

  // Mỷ signs in at home later: the application is in her own account, with who helped.
  await signInAsCitizen(page, 'Giàng Thị Mỷ', '/applications');
  await page.getByRole('link', { name: new RegExp(code) }).click();
  await expect(page.getByText('Hồ sơ được lập với sự hỗ trợ của Sùng A Páo tại UBND Phường Sa Pa')).toBeVisible();
  await expectAccessible(page);
  expect((await page.request.get(attachment)).headers()['content-type']).toBe('image/jpeg');

  // Art. 6(3): the returned draft. Mỷ has no phone to answer it: she comes to the desk, reads it
  // there and confirms in person; the officer records it, and her timeline says so.
  await desk.goto(`/office${applicationUrl}`);
  await desk.getByRole('button', { name: 'Tiếp nhận hồ sơ' }).click();
  await expect(desk.getByText('Đang xử lý', { exact: true })).toBeVisible();
  await desk.getByRole('button', { name: 'Gửi bản dự thảo cho người dân kiểm tra' }).click();
  await expect(desk.getByText('Chờ bạn kiểm tra', { exact: true })).toBeVisible();
  await desk.getByRole('button', { name: 'Ghi nhận người dân xác nhận bản dự thảo tại quầy' }).click();
  await expect(desk.getByText('Đã xác nhận, chờ đăng ký', { exact: true })).toBeVisible();
  await expect(desk.getByText('Người nộp xác nhận bản dự thảo trực tiếp tại bộ phận một cửa')).toBeVisible();
  await expectAccessible(desk);
  await page.reload();
  await expect(page.getByText('Người nộp xác nhận bản dự thảo trực tiếp tại bộ phận một cửa')).toBeVisible();
});

test('helper.sapa, of the community digital-technology team, starts a birth registration for Mỷ, who approves on her own VNeID app; the application is hers, and the helper loses it at submission', async ({ browser, baseURL }) => {
  const helper = await newPerson(browser, baseURL!, 'en');
  await helper.goto('/office/sign-in');
  await helper.getByLabel('Username').fill('helper.sapa');
  await helper.getByLabel('Password').fill(DEMO_PASSWORD);
  await helper.getByLabel('Verification code').fill(await nextOfficeCode(baseURL!, 'helper.sapa'));
  await helper.getByRole('button', { name: 'Sign in', exact: true }).click();
  // A community helper's office is the assisted filing desk, and nothing else.
  await expect(helper).toHaveURL(/\/office\/assist$/);
  await expect(helper.getByRole('heading', { level: 1, name: 'Help a citizen file' })).toBeVisible();
  await expectAccessible(helper);
  await helper.getByLabel("The citizen's personal identification number").fill('010301006789');
  await helper.getByLabel('Procedure').selectOption({ label: 'Birth registration' });
  await helper.getByLabel('The citizen approves on their own VNeID app').check();
  await helper.getByRole('button', { name: 'Start the application' }).click();
  // Until she agrees, her number tells the helper no more than a masked name.
  await expect(helper.getByText('Waiting for Giàng T*** M*** to approve on the VNeID app.')).toBeVisible();
  await expectAccessible(helper);

  // Mỷ's phone: the request is in her VNeID app, as a push would show it.
  const phone = await newPerson(browser, baseURL!, 'vi', { mobile: true });
  await phone.goto('/vneid-sim/app');
  await expectAccessible(phone);
  await phone.getByLabel('Số định danh cá nhân').fill('010301006789');
  await phone.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
  await phone.getByRole('button', { name: 'Đăng nhập ứng dụng' }).click();
  const request = phone.getByRole('listitem').filter({ hasText: 'Vàng Thị Dung, UBND Phường Sa Pa xin lập hồ sơ “Đăng ký khai sinh” thay bạn' }).filter({ has: phone.getByRole('button', { name: 'Đồng ý' }) });
  await expect(request).toBeVisible();
  await expectAccessible(phone);
  await request.getByRole('button', { name: 'Đồng ý' }).click();
  await expect(phone.getByText('Bạn đã đồng ý.').first()).toBeVisible();

  // The helper's page sees the answer by itself.
  await expect(helper.getByText('Giàng Thị Mỷ approved. You can fill in the application.')).toBeVisible();
  await expectAccessible(helper);
  const filingPage = helper.url();
  await helper.getByRole('link', { name: 'Open the form' }).click();
  await expect(helper).toHaveURL(/\/applications\/[0-9a-f-]{36}\/registry$/);
  await expectAccessible(helper);
  const applicationUrl = new URL(helper.url()).pathname.replace(/\/registry$/, '');

  // The draft is Mỷ's: she sees it in her own account.
  const my = await newPerson(browser, baseURL!, 'vi', { mobile: true });
  await signInAsCitizen(my, 'Giàng Thị Mỷ', '/applications');
  await expect(my.locator(`a[href^="${applicationUrl}"]`).first()).toBeVisible();
  await expectAccessible(my);

  // Mỷ prefers Vietnamese at the desk: the helper switches and fills it with her.
  await helper.context().addCookies([{ name: 'NEXT_LOCALE', value: 'vi', url: baseURL! }]);
  await helper.reload();
  await fillMyBirthUpToDocuments(helper, 'Sua');
  const attachment = (await helper.getByRole('link', { name: 'Xem' }).getAttribute('href'))!;
  const code = await submitAtDesk(helper, 'Sua');
  expect(new URL(helper.url()).href).toBe(filingPage);
  // After submission the helper gets "not found" for every part of it.
  expect((await helper.goto(`${applicationUrl}/child`))!.status()).toBe(404);
  expect((await helper.goto(`${applicationUrl}/review`))!.status()).toBe(404);
  expect((await helper.goto(applicationUrl))!.status()).toBe(404);
  expect((await helper.request.get(attachment)).status()).toBe(404);
  expect((await helper.goto(`/office${applicationUrl}`))!.status()).toBe(404);
  await my.reload();
  await expect(my.getByRole('link', { name: new RegExp(code) })).toBeVisible();
});
