import { expect, expectAccessible, test, visit } from './fixtures';

test('the home page is in Vietnamese and lists the ten procedures, none as a dead link', async ({ page }) => {
  await visit(page, '/');
  await expect(page).toHaveTitle(/Hộ tịch trực tuyến/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await expect(page.getByRole('heading', { level: 1, name: 'Đăng ký hộ tịch trực tuyến' })).toBeVisible();
  const catalogue = page.locator('#catalogue + p + ul > li');
  await expect(catalogue).toHaveCount(10);
  await expect(page.getByRole('heading', { name: 'Đăng ký khai sinh' })).toBeVisible();
  await expect(page.getByRole('link', { name: /Nộp hồ sơ.*Đăng ký khai sinh/ })).toHaveAttribute('href', '/apply/birthRegistration');
  await expect(page.getByRole('link', { name: /Nộp hồ sơ.*Đăng ký khai tử/ })).toHaveAttribute('href', '/apply/deathRegistration');
  await expect(page.getByRole('link', { name: /Nộp hồ sơ.*Đăng ký kết hôn/ })).toHaveAttribute('href', '/apply/marriageRegistration');
  await expect(page.getByRole('link', { name: /Nộp hồ sơ.*Cấp Giấy xác nhận tình trạng hôn nhân/ })).toHaveAttribute('href', '/apply/maritalStatusCertificate');
  await expect(page.getByRole('link', { name: /Nộp hồ sơ.*Cấp bản sao trích lục hộ tịch/ })).toHaveAttribute('href', '/apply/extractCopyRequest');
  await expect(page.getByRole('link', { name: /Nộp hồ sơ.*Xác nhận thông tin hộ tịch/ })).toHaveAttribute('href', '/apply/civilStatusConfirmation');
  await expect(page.getByRole('link', { name: /Nộp hồ sơ.*Thay đổi, cải chính, bổ sung thông tin hộ tịch/ })).toHaveAttribute('href', '/apply/civilStatusAmendment');
  await expect(page.getByText('Sắp triển khai')).toHaveCount(3);
});

test('the language switch turns the whole page into English and back', async ({ page }) => {
  await visit(page, '/');
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Online civil registration' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expectNoVietnameseChrome(page);
  await visit(page, '/help');
  await expect(page.getByRole('heading', { level: 1, name: 'Help' })).toBeVisible();
  await page.getByRole('button', { name: 'Chuyển sang tiếng Việt' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Hướng dẫn' })).toBeVisible();
});

async function expectNoVietnameseChrome(page: import('@playwright/test').Page) {
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Sign in', exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Birth registration' })).toBeVisible();
}

test('the registries list shows Bạch Long Vĩ under Hải Phòng, also as JSON, without sign-in', async ({ page, request }) => {
  await visit(page, '/registries');
  await expect(page.getByRole('heading', { level: 2, name: /Thành phố Hải Phòng/ })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: 'UBND Đặc khu Bạch Long Vĩ' })).toBeVisible();
  const json = await (await request.get('/api/registries/offline')).json();
  expect(json.provinces).toHaveLength(1);
  expect(json.provinces[0].registries[0].name).toBe('UBND Đặc khu Bạch Long Vĩ');
});

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto('/help');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Bỏ qua, đến nội dung chính' });
  await expect(skip).toBeFocused();
  await skip.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('the health route reports the database as reachable', async ({ request }) => {
  const health = await (await request.get('/api/health')).json();
  expect(health).toMatchObject({ ok: true, database: { reachable: true, registries: 3321 } });
});

test('the home page fits a 360 px screen without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await visit(page, '/');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('the accessibility check itself catches what it must: an unlabelled field and low contrast fail it', async ({ page }) => {
  await visit(page, '/');
  await page.evaluate(() => {
    const main = document.querySelector('main')!;
    main.insertAdjacentHTML('afterbegin', '<input type="text" id="probe-field"><p id="probe-text" style="color:#bbb;background:#fff">faint text</p>');
  });
  const failure = await expectAccessible(page).then(
    () => '',
    (error: Error) => error.message,
  );
  expect(failure).toContain('label');
  expect(failure).toContain('color-contrast');
});

test('each procedure has a public help page: what you need, how long, what it costs, what happens next, and a checklist to print where presence is required', async ({ page }) => {
  await visit(page, '/');
  await page.getByRole('link', { name: /^Xem hướng dẫn\s*:\s*Đăng ký kết hôn$/ }).click();
  await expect(page).toHaveURL(/\/help\/marriageRegistration$/);
  await expectAccessible(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Đăng ký kết hôn: hướng dẫn');
  for (const section of ['Bạn cần chuẩn bị', 'Mất bao lâu', 'Chi phí', 'Các bước tiếp theo', 'Danh sách mang theo']) await expect(page.getByRole('heading', { level: 2, name: section })).toBeVisible();
  await expect(page.getByText('Số định danh cá nhân của người bạn sẽ kết hôn.')).toBeVisible();
  await expect(page.getByText('Cả hai bên cùng có mặt: không ai được nhận thay.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'In danh sách' })).toBeVisible();
  // On paper: the checklist without the site's header, navigation or buttons.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('button', { name: 'In danh sách' })).toBeHidden();
  await expect(page.getByText('Cả hai bên cùng có mặt: không ai được nhận thay.')).toBeVisible();
  await page.emulateMedia({ media: 'screen' });

  // Nothing to bring where nothing needs the person at the registry; copies are issued at once.
  await visit(page, '/help/extractCopyRequest');
  await expect(page.getByRole('heading', { level: 2, name: 'Danh sách mang theo' })).toHaveCount(0);
  await expect(page.getByText(/bản sao được cấp ngay/)).toBeVisible();
  await expect(page.getByText('8.000 đồng mỗi bản sao, thanh toán trực tuyến trước khi bản sao được cấp.')).toBeVisible();

  // Every available procedure is listed on the help page, in English too.
  await page.context().addCookies([{ name: 'NEXT_LOCALE', value: 'en', url: new URL('/', page.url()).href }]);
  await visit(page, '/help');
  await page.getByRole('link', { name: 'Death registration' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Death registration: help');
  await expectAccessible(page);
  await expect(page.getByText(/^No fee when registered on time, within 15 days of the death\./)).toBeVisible();
  await expect(page.getByRole('link', { name: /Apply online/ })).toHaveAttribute('href', '/apply/deathRegistration');

  const missing = await page.goto('/help/birthReRegistration');
  expect(missing?.status()).toBe(404);
});
