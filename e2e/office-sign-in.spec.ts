import { expect, expectAccessible, signInToOffice, test } from './fixtures';

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
  await expect(page.locator('#error-summary')).toHaveText('Tên đăng nhập hoặc mật khẩu không đúng.');
  await expect(page.getByLabel('Tên đăng nhập')).toHaveValue('officer.namdinh');
  await expectAccessible(page);
  await signInToOffice(page, 'no.such.user', 'not-the-password');
  await expect(page.locator('#error-summary')).toHaveText('Tên đăng nhập hoặc mật khẩu không đúng.');
});

test('the provincial supervisor sees the province, not a registry', async ({ page }) => {
  await signInToOffice(page, 'supervisor.hanoi');
  await expect(page.getByRole('heading', { level: 1, name: 'Thành phố Hà Nội' })).toBeVisible();
  await expect(page.locator('dl')).toContainText('Sở Tư pháp (giám sát)');
});
