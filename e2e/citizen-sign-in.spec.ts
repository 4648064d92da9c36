import { DEMO_PASSWORD, expect, expectAccessible, signInAsCitizen, test, visit } from './fixtures';

test('Lan signs in through the VNeID simulator and sees her details from the population database', async ({ page }) => {
  await page.goto('/me');
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fme/);
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Đăng nhập bằng VNeID' }).click();
  await expect(page).toHaveURL(/\/vneid-sim\/authorize\?/);
  await expectAccessible(page);
  await page.getByRole('button', { name: /Nguyễn Thị Lan/ }).click();

  await expect(page).toHaveURL(/\/me$/);
  await expectAccessible(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Thông tin của tôi' })).toBeVisible();
  const details = page.locator('dl');
  await expect(details).toContainText('Nguyễn Thị Lan');
  await expect(details).toContainText('001 195 012 345');
  await expect(details).toContainText('12 tháng 3, 1995');
  await expect(details).toContainText('12 Hàng Bài, Phường Hoàn Kiếm, Thành phố Hà Nội');
  await expect(details).toContainText('UBND Phường Hoàn Kiếm');
  await expect(page.getByText('Kết hôn: số 45, quyển 01/2020')).toBeVisible();
  // On a shared phone, the header says who is signed in and opens the session page.
  await page.getByRole('link', { name: 'Đang đăng nhập: Nguyễn Thị Lan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Phiên đăng nhập' })).toBeVisible();
  await expect(page.getByText('Vai trò: Công dân')).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await expect(page.getByText('Bạn đã đăng xuất.')).toBeVisible();
  await page.goto('/me');
  await expect(page).toHaveURL(/\/sign-in/);
  await visit(page, '/session');
  await expect(page.getByText('Trình duyệt này chưa đăng nhập.')).toBeVisible();
});

test('a citizen with nothing filed sees real empty states for applications and documents', async ({ page }) => {
  // Bình files nothing in any journey, so his lists stay empty whatever ran before.
  await signInAsCitizen(page, 'Hoàng Văn Bình', '/applications');
  await expect(page.getByRole('heading', { name: 'Bạn chưa có hồ sơ nào' })).toBeVisible();
  await expectAccessible(page);
  await visit(page, '/documents');
  await expect(page.getByRole('heading', { name: 'Chưa có giấy tờ điện tử' })).toBeVisible();
});

test('Mỷ signs in by typing her number and the demo password; mistakes are explained next to the field', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByRole('button', { name: 'Đăng nhập bằng VNeID' }).click();
  const id = page.getByLabel('Số định danh cá nhân');

  await id.fill('01030100678');
  await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
  await expect(page.locator('#personalId-error')).toHaveText('Số định danh cá nhân phải có đúng 12 chữ số');
  await expect(id).toHaveValue('01030100678');
  await expectAccessible(page);

  await id.fill('001199999999');
  await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
  await expect(page.locator('#personalId-error')).toContainText('Không tìm thấy số định danh');

  await id.fill('010 301 006 789');
  await page.getByLabel('Mật khẩu').fill('wrong');
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
  await expect(page.locator('#password-error')).toHaveText('Mật khẩu không đúng.');

  await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
  await expect(page).toHaveURL(/\/me$/);
  await expect(page.locator('dl')).toContainText('Giàng Thị Mỷ');
  await expect(page.locator('dl')).toContainText('Mông');
  await expect(page.locator('dl')).toContainText('Thôn Lao Chải, Phường Sa Pa, Tỉnh Lào Cai');
});

test('a citizen can use the portal in English', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await signInAsCitizen(page, 'Đỗ Quang Huy');
  await expect(page.getByRole('heading', { level: 1, name: 'My details' })).toBeVisible();
  await expect(page.locator('dl')).toContainText('88 Lê Lợi, Phường Bến Thành, Thành phố Hồ Chí Minh');
  await expect(page.locator('dl')).toContainText('Never married');
  await expectAccessible(page);
});
