import sharp from 'sharp';
import { expect, expectAccessible, signInAsCitizen, test } from './fixtures';
import { fillMysDaughter } from './forms';

/*
 * A weak signal in a mountain commune: what is typed survives a lost connection and a closed
 * page, and is sent when the connection returns; nothing stays on a shared phone after sign-out.
 */

const continueButton = (page: import('@playwright/test').Page) => page.getByRole('button', { name: 'Lưu và tiếp tục' });
/** Signs in, starts a birth registration and goes on, online, to the father's page. */
async function startBirthToFather(page: import('@playwright/test').Page, persona: string) {
  await signInAsCitizen(page, persona, '/apply/birthRegistration');
  await page.getByRole('button', { name: 'Bắt đầu' }).click();
  for (const step of [/\/applicant$/, /\/mother$/, /\/father$/]) {
    await continueButton(page).click();
    await expect(page).toHaveURL(step);
  }
}

/** How many records a store of the portal's device database holds (0 when the store is not made yet). */
const onDevice = (page: import('@playwright/test').Page, store: 'drafts' | 'uploads') =>
  page.evaluate(
    (name) =>
      new Promise<number>((resolve) => {
        const request = indexedDB.open('hotich-device');
        request.onsuccess = () => {
          const db = request.result;
          if (!db.objectStoreNames.contains(name)) return (db.close(), resolve(0));
          const count = db.transaction(name).objectStore(name).count();
          // Closed at once, so the portal's own upgrade of the database is never held up.
          count.onsuccess = () => (db.close(), resolve(count.result));
        };
      }),
    store,
  );
const draftsOnDevice = (page: import('@playwright/test').Page) => onDevice(page, 'drafts');
/** Whether the service worker kept a form page (public/sw.js). */
const kept = (page: import('@playwright/test').Page, url: string) => page.evaluate(async (p) => Boolean(await (await caches.open('hotich-pages-v1')).match(p)), new URL(url).pathname);

test('offline mid-form: the typed page is kept on the device through a closed page, sent when the connection returns, and cleared at sign-out', async ({ page, context }) => {
  await startBirthToFather(page, 'Nguyễn Thị Lan');
  await page.getByLabel('Số định danh cá nhân').fill('001093054321');
  await continueButton(page).click();
  await expect(page).toHaveURL(/\/child$/);
  const childPage = page.url();
  await expect.poll(() => kept(page, childPage.replace(/\/child$/, '/bundle'))).toBe(true);

  await context.setOffline(true);
  await expect(page.getByText('Đang ngoại tuyến: những gì bạn nhập được giữ trên thiết bị này.')).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('Chữ đệm của trẻ').fill('Minh');
  await page.getByLabel('Tên của trẻ').fill('Đạt');
  // The next page was kept while online: it opens, and says the child's page waits to be sent.
  await continueButton(page).click();
  await expect(page).toHaveURL(/\/bundle$/);
  await expect(page.getByText('Đang ngoại tuyến: trang trước đã được giữ trên thiết bị và sẽ được gửi khi có kết nối.', { exact: false })).toBeVisible();
  await expect.poll(() => draftsOnDevice(page)).toBe(1);

  // The phone's browser is closed while still offline; the connection returns later.
  await page.close();
  await context.setOffline(false);
  const again = await context.newPage();
  await again.goto(childPage);
  // The kept page is put back and sent without asking again: the next page says it was saved.
  await expect(again).toHaveURL(/\/bundle$/);
  await expect(again.getByText('Đã có kết nối lại: trang trước đã được lưu.')).toBeVisible();
  await expectAccessible(again);
  expect(await draftsOnDevice(again)).toBe(0);
  await again.goto(childPage);
  await expect(again.getByLabel('Tên của trẻ')).toHaveValue('Đạt');
  await expect(again.getByLabel('Chữ đệm của trẻ')).toHaveValue('Minh');

  // Typed but not saved, then signed out: the shared phone keeps nothing.
  await again.getByLabel('Tên của trẻ').fill('Đạt Khoa');
  await expect.poll(() => draftsOnDevice(again)).toBe(1);
  await again.getByRole('button', { name: 'Đăng xuất' }).click();
  await expect(again.getByRole('link', { name: 'Đăng nhập', exact: true })).toBeVisible();
  expect(await draftsOnDevice(again)).toBe(0);
});

test('offline on the documents page: a photo chosen without a connection waits on the device, survives a reload and a closed page, and is sent when the connection returns', async ({ page, context }) => {
  await startBirthToFather(page, 'Giàng Thị Mỷ');
  await page.getByLabel('Không khai thông tin người cha').check();
  await continueButton(page).click();
  await expect(page).toHaveURL(/\/child$/);
  await fillMysDaughter(page, 'Lử');
  await continueButton(page).click();
  await expect(page).toHaveURL(/\/documents$/);
  const documentsPage = page.url();
  // Kept on the phone when the child's page was opened (its next page).
  await expect.poll(() => kept(page, documentsPage)).toBe(true);

  // The signal drops as she photographs the witness statement.
  await context.setOffline(true);
  const photo = await sharp({ create: { width: 1500, height: 2000, channels: 3, background: '#f4f1e8' } }).jpeg().toBuffer();
  await page.locator('#file-witnessStatement').setInputFiles({ name: 'van-ban-lam-chung.jpg', mimeType: 'image/jpeg', buffer: photo });
  await expect(page.getByText('Chờ kết nối: tệp được giữ trên thiết bị này và sẽ tự gửi khi có mạng.')).toBeVisible();
  await expectAccessible(page);
  await expect.poll(() => onDevice(page, 'uploads')).toBe(1);

  // A reload without a connection: the page opens from the phone, the photo still waiting.
  expect((await page.reload())?.headers()['x-served-from']).toBe('device');
  await expect(page.getByText('Chờ kết nối: tệp được giữ trên thiết bị này và sẽ tự gửi khi có mạng.')).toBeVisible();

  // Then the page is closed; later, with a connection, she opens it again and the photo goes.
  await page.close();
  await context.setOffline(false);
  const again = await context.newPage();
  await again.goto(documentsPage);
  await expect(again.getByText(/Đã gửi \(\d+ KB\)/)).toBeVisible();
  await expectAccessible(again);
  expect(await onDevice(again, 'uploads')).toBe(0);
  await continueButton(again).click();
  await expect(again).toHaveURL(/\/bundle$/);
});

test('offline for two pages and a reload: the pages open from the device, what is typed stays, and both pages reach the server when the connection returns', async ({ page, context }) => {
  await startBirthToFather(page, 'Nguyễn Thị Lan');
  const fatherPage = page.url();
  const childPage = fatherPage.replace(/\/father$/, '/child');
  // Opened online, the page and the next one are kept on the phone (public/sw.js).
  await expect.poll(() => kept(page, childPage)).toBe(true);
  await expect.poll(() => kept(page, fatherPage)).toBe(true);

  // The signal goes. She types the father's page, goes on, and types the child's page.
  await context.setOffline(true);
  await page.getByLabel('Số định danh cá nhân').fill('001093054321');
  await continueButton(page).click();
  await expect(page).toHaveURL(childPage);
  await expect(page.getByText('Đang ngoại tuyến: trang trước đã được giữ trên thiết bị và sẽ được gửi khi có kết nối.', { exact: false })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('Chữ đệm của trẻ').fill('Gia');
  await page.getByLabel('Tên của trẻ').fill('Bảo');
  await continueButton(page).click();
  await expect(page.getByText('Đang ngoại tuyến: trang này đã được giữ trên thiết bị và sẽ được gửi khi có kết nối.')).toBeVisible();

  // A reload without a connection: the page opens from the phone, with what she typed.
  expect((await page.reload())?.headers()['x-served-from']).toBe('device');
  await expect(page.getByLabel('Tên của trẻ')).toHaveValue('Bảo');
  await expect(page.getByLabel('Chữ đệm của trẻ')).toHaveValue('Gia');
  await expect(page.getByText('Đang ngoại tuyến: trang này đã được giữ trên thiết bị và sẽ được gửi khi có kết nối.')).toBeVisible();

  // The connection returns: both pages are sent, in order, and she is on the next page.
  await context.setOffline(false);
  await expect(page).toHaveURL(/\/bundle$/);
  await expect(page.getByText('Đã có kết nối lại: trang trước đã được lưu.')).toBeVisible();
  expect(await draftsOnDevice(page)).toBe(0);
  await page.goto(fatherPage);
  await expect(page.getByLabel('Số định danh cá nhân')).toHaveValue('001093054321');
  await page.goto(childPage);
  await expect(page.getByLabel('Tên của trẻ')).toHaveValue('Bảo');

  // Signing out leaves no page of hers on the phone.
  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await expect(page.getByRole('link', { name: 'Đăng nhập', exact: true })).toBeVisible();
  expect(await page.evaluate(async () => (await caches.keys()).includes('hotich-pages-v1'))).toBe(false);
});

test.describe('a slow phone', () => {
  // The page's scripts are held back as on a weak signal; the portal's service worker would serve them from the phone.
  test.use({ serviceWorkers: 'block' });

  test('the saved answers show before the page\'s scripts arrive, what is typed meanwhile is kept, and "Save and continue" waits for the scripts', async ({ page }) => {
    await startBirthToFather(page, 'Giàng Thị Mỷ');
    await page.getByLabel('Không khai thông tin người cha').check();
    await continueButton(page).click();
    await expect(page).toHaveURL(/\/child$/);
    const childPage = page.url();

    let scriptsArrive!: () => void;
    const arrived = new Promise<void>((resolve) => (scriptsArrive = resolve));
    await page.route('**/_next/static/**/*.js', async (route) => {
      await arrived;
      await route.continue();
    });
    await page.goto(childPage, { waitUntil: 'commit' });
    // The server's page already holds the family name from the population database; she types the rest.
    await fillMysDaughter(page, 'Lử');
    // Pressed now, the browser would send the page itself, her answers in its address: it waits.
    await expect(continueButton(page)).toBeDisabled();

    scriptsArrive();
    await expect(continueButton(page)).toBeEnabled();
    await expect(page.getByLabel('Tên của trẻ')).toHaveValue('Lử');
    await expect(page.getByLabel('Chữ đệm của trẻ')).toHaveValue('Thị');
    await expect(page.getByLabel('Nữ')).toBeChecked();
    await expect(page.getByLabel('Nơi khác (tại nhà, trên đường…)')).toBeChecked();
    await expect(page.getByLabel('Năm', { exact: true })).toHaveValue('2026');
    // Kept on the phone as if typed after the scripts came.
    await expect.poll(() => draftsOnDevice(page)).toBe(1);
    await expectAccessible(page);

    await continueButton(page).click();
    await expect(page).toHaveURL(/\/documents$/);
    await page.goto(childPage);
    await expect(page.getByLabel('Tên của trẻ')).toHaveValue('Lử');
    await expect(page.getByLabel('Nữ')).toBeChecked();
    await expect(page.getByLabel('Ngày', { exact: true })).toHaveValue('10');
    await expect(page.getByLabel('Tháng', { exact: true })).toHaveValue('11');
    await expect(page.getByLabel('Tên cơ sở y tế hoặc địa chỉ nơi sinh')).toHaveValue('Thôn Lao Chải, Phường Sa Pa, Tỉnh Lào Cai');
  });
});
