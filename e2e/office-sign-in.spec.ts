import { Secret, TOTP } from 'otpauth';
import { DEMO_PASSWORD, expect, expectAccessible, signInToOffice, test } from './fixtures';

test("officer.hoankiem signs in and sees Phường Hoàn Kiếm's office area", async ({ page }) => {
  await page.goto('/office');
  await expect(page).toHaveURL(/\/office\/sign-in\?callbackUrl=%2Foffice/);
  await expectAccessible(page);
  await signInToOffice(page, 'officer.hoankiem');
  await expect(page).toHaveURL(/\/office$/);
  await expect(page.getByRole('heading', { level: 1, name: 'UBND Phường Hoàn Kiếm' })).toBeVisible();
  await expect(page.getByText('Xin chào, Phạm Thu Trang')).toBeVisible();
  await expect(page.getByText('Đang đăng nhập: Phạm Thu Trang')).toBeVisible();
  await expect(page.locator('dl')).toContainText('Công chức Tư pháp – Hộ tịch');
  await expect(page.locator('dl')).toContainText('Tiếp nhận trực tuyến tất cả thủ tục.');
  await expect(page.getByRole('heading', { name: 'Hồ sơ chờ xử lý' })).toBeVisible();
  await expectAccessible(page);
});

test('a wrong password gives a generic error and keeps the username', async ({ page }) => {
  await signInToOffice(page, 'officer.namdinh', 'not-the-password');
  await expect(page.locator('#error-summary')).toHaveText('Tên đăng nhập, mật khẩu hoặc mã xác thực không đúng.');
  await expect(page.getByLabel('Tên đăng nhập')).toHaveValue('officer.namdinh');
  await expectAccessible(page);
  await signInToOffice(page, 'no.such.user', 'not-the-password');
  await expect(page.locator('#error-summary')).toHaveText('Tên đăng nhập, mật khẩu hoặc mã xác thực không đúng.');
});

test('the right password without the second factor does not open the office (AAL2)', async ({ page }) => {
  await signInToOffice(page, 'officer.sapa', DEMO_PASSWORD, '');
  await expect(page.locator('#error-summary')).toHaveText('Tên đăng nhập, mật khẩu hoặc mã xác thực không đúng.');
  await expect(page).toHaveURL(/\/office\/sign-in/);
});

test('a new officer sets up the second factor at the first sign-in, and signing out ends the session on the server', async ({ page, browser, baseURL }) => {
  await page.goto('/office/sign-in');
  await page.getByLabel('Tên đăng nhập').fill('officer.moi');
  await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('heading', { name: 'Thiết lập xác thực hai lớp' })).toBeFocused();
  await expect(page.getByRole('img', { name: 'Mã QR để thêm tài khoản vào ứng dụng xác thực' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Mã dự phòng' }).getByRole('listitem')).toHaveCount(10);
  await expectAccessible(page);
  const secret = (await page.getByTestId('totp-secret').textContent())!.trim();
  const app = new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30 });
  // a mistyped code keeps the set-up on screen
  await page.getByLabel('Nhập mã 6 chữ số ứng dụng đang hiển thị').fill(app.generate() === '123456' ? '654321' : '123456');
  await page.getByRole('button', { name: 'Xác nhận và đăng nhập' }).click();
  await expect(page.locator('#error-summary')).toBeVisible();
  await expect(page.getByTestId('totp-secret')).toHaveText(secret);
  await page.getByLabel('Nhập mã 6 chữ số ứng dụng đang hiển thị').fill(app.generate());
  await page.getByRole('button', { name: 'Xác nhận và đăng nhập' }).click();
  await expect(page).toHaveURL(/\/office$/);
  await expect(page.getByText('Xin chào, Hà Thị Minh Thư')).toBeVisible();

  // Someone copies the session cookie; the officer signs out; the copy opens nothing.
  const copied = await page.context().cookies();
  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await expect(page).toHaveURL(/sign-in/);
  const thief = await browser.newContext({ baseURL });
  await thief.addCookies(copied);
  const stolen = await thief.newPage();
  await stolen.goto('/office');
  await expect(stolen).toHaveURL(/\/office\/sign-in\?callbackUrl=%2Foffice/);
});

test('the provincial supervisor sees the province, not a registry', async ({ page }) => {
  await signInToOffice(page, 'supervisor.hanoi');
  await expect(page.getByRole('heading', { level: 1, name: 'Thành phố Hà Nội' })).toBeVisible();
  await expect(page.locator('dl')).toContainText('Sở Tư pháp (giám sát)');
});
