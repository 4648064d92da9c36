import { encode } from 'next-auth/jwt';
import { expect, expectAccessible, signInAsCitizen, signInToOffice, test } from './fixtures';

test('a session cookie forged with the old published secret, or without a server-side session, opens nothing', async ({ page, context, baseURL }) => {
  const now = Date.now();
  for (const secret of ['dev-only-secret-change-me-0123456789abcdef0123456789']) {
    const claims = { sub: '001195012345', role: 'citizen' as const, personalId: '001195012345', name: 'Nguyễn Thị Lan', lastSeen: now, startedAt: now, sid: '6b1f3c1e-0000-4000-8000-000000000001' };
    const value = await encode({ token: claims, secret, salt: 'authjs.session-token' });
    await context.addCookies([{ name: 'authjs.session-token', value, url: baseURL! }]);
    await page.goto('/me');
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fme/);
    await expect(page.getByText('001195012345')).toHaveCount(0);
  }
});

for (const path of ['/me', '/applications', '/documents']) {
  test(`an anonymous visitor of ${path} is sent to sign in`, async ({ page }) => {
    await page.goto(path);
    await expect(page).toHaveURL(new RegExp(`/sign-in\\?callbackUrl=${encodeURIComponent(path)}`));
    await expect(page.getByRole('button', { name: 'Đăng nhập bằng VNeID' })).toBeVisible();
  });
}

test('an anonymous visitor of the office area is sent to the office sign-in', async ({ page }) => {
  await page.goto('/office');
  await expect(page).toHaveURL(/\/office\/sign-in/);
});

test('a signed-in citizen cannot reach office pages', async ({ page }) => {
  await signInAsCitizen(page, 'Trần Văn Minh');
  const response = await page.goto('/office');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Không tìm thấy trang' })).toBeVisible();
  await expect(page.getByText('Hồ sơ chờ xử lý')).toHaveCount(0);
});

test('an officer cannot reach citizen pages', async ({ page }) => {
  await signInToOffice(page, 'officer.saigon');
  await expect(page).toHaveURL(/\/office$/);
  for (const path of ['/me', '/applications', '/documents']) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
  }
});

test('the VNeID simulator refuses a sign-in request for another client or redirect address', async ({ page }) => {
  await page.goto('/vneid-sim/authorize?client_id=other&redirect_uri=https://evil.example/cb&response_type=code&scope=openid&code_challenge=x&code_challenge_method=S256');
  await expect(page.locator('#error-summary')).toContainText('invalidClient');
  await page.goto('/vneid-sim/authorize?client_id=ho-tich-truc-tuyen&redirect_uri=https://evil.example/cb&response_type=code&scope=openid&code_challenge=x&code_challenge_method=S256');
  await expect(page.locator('#error-summary')).toContainText('invalidRedirectUri');
});

test('the simulator token endpoint refuses a wrong client secret', async ({ request }) => {
  const response = await request.post('/vneid-sim/token', {
    headers: { authorization: `Basic ${Buffer.from('ho-tich-truc-tuyen:wrong').toString('base64')}` },
    form: { grant_type: 'authorization_code', code: 'x', code_verifier: 'y', redirect_uri: 'http://localhost/api/auth/callback/vneid' },
  });
  expect(response.status()).toBe(401);
});

test("the demo outbox shows an anonymous visitor nobody's messages, and the whole outbox is the office's, for its role only", async ({ page, browser, baseURL }) => {
  await page.goto('/outbox');
  await expect(page.getByText('Đăng nhập để xem tin nhắn SMS và thư điện tử đã gửi cho bạn.', { exact: false })).toBeVisible();
  await expect(page.locator('main li')).toHaveCount(0);
  await expectAccessible(page);
  const officer = await (await browser.newContext({ baseURL })).newPage();
  await signInToOffice(officer, 'officer.hoankiem');
  await expect(officer).toHaveURL(/\/office$/);
  expect((await officer.goto('/office/outbox'))?.status()).toBe(404);
  const manager = await (await browser.newContext({ baseURL })).newPage();
  await signInToOffice(manager, 'dbadmin.moj');
  await expect(manager).toHaveURL(/\/office$/);
  await manager.getByRole('link', { name: 'Toàn bộ tin nhắn đã gửi', exact: true }).click();
  await expect(manager.getByRole('heading', { level: 1, name: 'Toàn bộ tin nhắn đã gửi (bản trình diễn)' })).toBeVisible();
  await expectAccessible(manager);
});

test('a malformed path is a bad request, and a server action posted from another site is forbidden', async ({ request, baseURL }) => {
  expect((await request.get('/verify/%')).status()).toBe(400);
  expect((await request.get('/api/attachments/%E0%A4%A')).status()).toBe(400);
  const forged = await request.post('/sign-in', { headers: { 'Next-Action': '00', Origin: 'https://evil.example' }, data: '[]' });
  expect(forged.status()).toBe(403);
  // The same request from the portal's own origin is not refused by that check.
  const own = await request.post('/sign-in', { headers: { 'Next-Action': '00', Origin: new URL(baseURL!).origin }, data: '[]' });
  expect(own.status()).not.toBe(403);
});
