import sharp from 'sharp';
import { expect, expectAccessible, signInAsCitizen, test } from './fixtures';

/*
 * A weak signal in a mountain commune: what is typed survives a lost connection and a closed
 * page, and is sent when the connection returns; nothing stays on a shared phone after sign-out.
 */

const continueButton = (page: import('@playwright/test').Page) => page.getByRole('button', { name: 'Lưu và tiếp tục' });
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

test('offline mid-form: the typed page is kept on the device through a closed page, sent when the connection returns, and cleared at sign-out', async ({ page, context }) => {
  await signInAsCitizen(page, 'Nguyễn Thị Lan', '/apply/birthRegistration');
  await page.getByRole('button', { name: 'Bắt đầu' }).click();
  for (const step of [/\/applicant$/, /\/mother$/, /\/father$/]) {
    await continueButton(page).click();
    await expect(page).toHaveURL(step);
  }
  await page.getByLabel('Số định danh cá nhân').fill('001093054321');
  await continueButton(page).click();
  await expect(page).toHaveURL(/\/child$/);
  const childPage = page.url();

  await context.setOffline(true);
  await expect(page.getByText('Đang ngoại tuyến: những gì bạn nhập được giữ trên thiết bị này.')).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('Chữ đệm của trẻ').fill('Minh');
  await page.getByLabel('Tên của trẻ').fill('Đạt');
  await continueButton(page).click();
  await expect(page.getByText('Đang ngoại tuyến: trang này đã được giữ trên thiết bị và sẽ được gửi khi có kết nối.')).toBeVisible();
  await expect(page).toHaveURL(childPage);
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

test('offline on the documents page: a photo chosen without a connection waits on the device, survives a closed page, and is sent when the connection returns', async ({ page, context }) => {
  await signInAsCitizen(page, 'Giàng Thị Mỷ', '/apply/birthRegistration');
  await page.getByRole('button', { name: 'Bắt đầu' }).click();
  for (const step of [/\/applicant$/, /\/mother$/, /\/father$/]) {
    await continueButton(page).click();
    await expect(page).toHaveURL(step);
  }
  await page.getByLabel('Không khai thông tin người cha').check();
  await continueButton(page).click();
  await expect(page).toHaveURL(/\/child$/);
  await page.getByLabel('Chữ đệm của trẻ').fill('Thị');
  await page.getByLabel('Tên của trẻ').fill('Lử');
  await page.getByLabel('Nữ').check();
  await page.getByLabel('Ngày', { exact: true }).fill('10');
  await page.getByLabel('Tháng', { exact: true }).fill('11');
  await page.getByLabel('Năm', { exact: true }).fill('2026');
  await page.getByLabel('Nơi khác (tại nhà, trên đường…)').check();
  await page.getByLabel('Tên cơ sở y tế hoặc địa chỉ nơi sinh').fill('Thôn Lao Chải, Phường Sa Pa, Tỉnh Lào Cai');
  await continueButton(page).click();
  await expect(page).toHaveURL(/\/documents$/);
  const documentsPage = page.url();

  // The signal drops as she photographs the witness statement.
  await context.setOffline(true);
  const photo = await sharp({ create: { width: 1500, height: 2000, channels: 3, background: '#f4f1e8' } }).jpeg().toBuffer();
  await page.locator('#file-witnessStatement').setInputFiles({ name: 'van-ban-lam-chung.jpg', mimeType: 'image/jpeg', buffer: photo });
  await expect(page.getByText('Chờ kết nối: tệp được giữ trên thiết bị này và sẽ tự gửi khi có mạng.')).toBeVisible();
  await expectAccessible(page);
  await expect.poll(() => onDevice(page, 'uploads')).toBe(1);

  // The page is closed while offline; later, with a connection, she opens it again.
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
