import { expect, expectAccessible, newPerson, signInAsCitizen, test } from './fixtures';
import { clippedText, noHorizontalScroll } from './hands';

/*
 * WCAG 1.4.4 (resize text): a reader who sets the browser's text to 200 % (the root font size; the
 * portal sizes everything in rem) loses nothing on the form pages: no sideways scrolling on a
 * laptop screen, no text cut off, every label and button still there.
 */
test('text enlarged to 200 %: the birth form pages keep every label, with nothing cut off and no sideways scrolling', async ({ browser, baseURL }) => {
  const page = await newPerson(browser, baseURL!, 'vi', { width: 1280 });
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => document.documentElement.style.setProperty('font-size', '200%'));
  });
  const check = async () => {
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('32px');
    await noHorizontalScroll(page);
    expect(await clippedText(page)).toEqual([]);
    await expectAccessible(page);
  };
  await signInAsCitizen(page, 'Nguyễn Thị Lan', '/apply/birthRegistration');
  await check();
  await page.getByRole('button', { name: 'Bắt đầu' }).click();
  await expect(page).toHaveURL(/\/registry$/);
  await check();
  for (const step of [/\/applicant$/, /\/mother$/, /\/father$/, /\/child$/]) {
    if (step.source.includes('child')) await page.getByLabel('Số định danh cá nhân').fill('001093054321');
    await page.getByRole('button', { name: 'Lưu và tiếp tục' }).click();
    await expect(page).toHaveURL(step);
    await check();
  }
  // The child page with its error summary and messages, the longest page of the form.
  await page.getByRole('button', { name: 'Lưu và tiếp tục' }).click();
  await expect(page.locator('#error-summary')).toBeFocused();
  await check();
  await expect(page.getByLabel('Tên của trẻ')).toBeVisible();
  await page.getByText('Vì sao cần thông tin này?').click();
  await check();
});
