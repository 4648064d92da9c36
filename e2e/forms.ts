import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/**
 * The child page of the birth form for Mỷ's daughter, born at home in Lao Chải on 10 November 2026
 * (demo-personas.json): the surname, ethnicity and home town come from Mỷ; the rest is typed.
 */
export async function fillMysDaughter(page: Page, givenName: string) {
  await expect(page.getByLabel('Họ của trẻ')).toHaveValue('Giàng');
  await page.getByLabel('Chữ đệm của trẻ').fill('Thị');
  await page.getByLabel('Tên của trẻ').fill(givenName);
  await page.getByLabel('Nữ').check();
  await page.getByLabel('Ngày', { exact: true }).fill('10');
  await page.getByLabel('Tháng', { exact: true }).fill('11');
  await page.getByLabel('Năm', { exact: true }).fill('2026');
  await page.getByLabel('Nơi khác (tại nhà, trên đường…)').check();
  await page.getByLabel('Tên cơ sở y tế hoặc địa chỉ nơi sinh').fill('Thôn Lao Chải, Phường Sa Pa, Tỉnh Lào Cai');
}
