import { expect, expectAccessible, signInAsCitizen, test } from './fixtures';

test('an applicant withdraws her application after ticking that she means it', async ({ page }) => {
  await signInAsCitizen(page, 'Lê Thị Hoa', '/apply/deathRegistration');
  await page.getByRole('button', { name: 'Bắt đầu' }).click();
  await expect(page).toHaveURL(/\/applicant$/);
  const applicationPath = new URL(page.url()).pathname.replace(/\/applicant$/, '');

  await page.goto(applicationPath);
  await page.getByText('Rút hồ sơ', { exact: true }).first().click();
  await page.getByRole('button', { name: 'Rút hồ sơ' }).click();
  await expect(page.getByText('Hãy đánh dấu ô xác nhận nếu bạn thật sự muốn rút hồ sơ')).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('Tôi muốn rút hồ sơ này').check();
  await page.getByRole('button', { name: 'Rút hồ sơ' }).click();
  await expect(page.getByText('Đã rút', { exact: true })).toBeVisible();
  await expect(page.getByText('Bạn đã rút hồ sơ')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Rút hồ sơ' })).toHaveCount(0);
  await expectAccessible(page);
});
