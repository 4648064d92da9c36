import AxeBuilder from '@axe-core/playwright';
import { expect, test as base, type Browser, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'HoTich@2026';

/** Runs axe on the current page: zero violations of WCAG 2.0–2.2 A and AA. */
export async function expectAccessible(page: Page) {
  await page.waitForLoadState('domcontentloaded');
  // After a client-side navigation the new page's <title> arrives with its metadata: wait for it.
  await page.waitForFunction(() => document.title.trim() !== '');
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/** Navigates and checks accessibility of what arrived. */
export async function visit(page: Page, path: string) {
  const response = await page.goto(path);
  await expectAccessible(page);
  return response;
}

/** Signs in through the VNeID simulator by picking a demo persona. */
export async function signInAsCitizen(page: Page, fullName: string, returnTo = '/me') {
  await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  await page.getByRole('button', { name: /^(Đăng nhập bằng VNeID|Sign in with VNeID)$/ }).click();
  await expect(page.getByRole('heading', { name: /^VNeID — (trình mô phỏng|simulator)$/ })).toBeVisible();
  await page.getByRole('button', { name: new RegExp(fullName) }).click();
  await page.waitForURL((url) => url.pathname === returnTo);
}

export async function signInToOffice(page: Page, username: string, password = DEMO_PASSWORD) {
  await page.goto('/office/sign-in');
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
}

/**
 * Journeys open a browser context per person (citizen, officer, signer, a stranger…). Contexts made
 * with `browser.newContext()` live as long as the worker's browser, so each test closes its own
 * when it ends: left open, their pages keep working in the background and slow every later test.
 */
export const test = base.extend<{ closeOtherContexts: void }>({
  closeOtherContexts: [
    async ({ browser, context }, use) => {
      await use();
      for (const other of browser.contexts()) if (other !== context) await other.close();
    },
    { auto: true },
  ],
});
export { expect };

/** A person with a browser of their own, in a language, on a desktop or a 360 px phone. */
export async function newPerson(browser: Browser, baseURL: string, locale: 'vi' | 'en', options: { mobile?: boolean } = {}) {
  const context = await browser.newContext({ baseURL, timezoneId: 'Asia/Ho_Chi_Minh', ...(options.mobile ? { viewport: { width: 360, height: 740 } } : {}) });
  await context.addCookies([{ name: 'NEXT_LOCALE', value: locale, url: baseURL }]);
  return context.newPage();
}

const OFFICE_SIGN_IN = {
  vi: { username: 'Tên đăng nhập', password: 'Mật khẩu', signIn: 'Đăng nhập' },
  en: { username: 'Username', password: 'Password', signIn: 'Sign in' },
} as const;

/** An office user signed in, in a language, on the dashboard. */
export async function newOfficeUser(browser: Browser, baseURL: string, locale: 'vi' | 'en', username: string) {
  const page = await newPerson(browser, baseURL, locale);
  const l = OFFICE_SIGN_IN[locale];
  await page.goto('/office/sign-in');
  await page.getByLabel(l.username).fill(username);
  await page.getByLabel(l.password).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: l.signIn, exact: true }).click();
  await expect(page).toHaveURL(/\/office$/);
  return page;
}
