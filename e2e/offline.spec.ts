import { expect, expectAccessible, signInAsCitizen, test } from './fixtures';

/*
 * A weak signal in a mountain commune: what is typed survives a lost connection and a closed
 * page, and is sent when the connection returns; nothing stays on a shared phone after sign-out.
 */

const continueButton = (page: import('@playwright/test').Page) => page.getByRole('button', { name: 'Lưu và tiếp tục' });
const draftsOnDevice = (page: import('@playwright/test').Page) =>
  page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const request = indexedDB.open('hotich-device', 1);
        request.onupgradeneeded = () => request.result.createObjectStore('drafts');
        request.onsuccess = () => {
          const count = request.result.transaction('drafts').objectStore('drafts').count();
          count.onsuccess = () => resolve(count.result);
        };
      }),
  );

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
