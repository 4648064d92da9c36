import axe from 'axe-core';
import { expect, test as base, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Secret, TOTP } from 'otpauth';

export const DEMO_PASSWORD = 'HoTich@2026';
/** The demo office accounts' TOTP secret, as documented in the README (db/seed/personas.ts). */
export const DEMO_TOTP_SECRET = 'HOTICHDEMOQRCODEOFFICETOTPSECRET';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * A second-factor code of a demo office account on one server, used while no other worker signs
 * in to that account. A code is accepted once (RFC 6238 §5.2): the server accepts the current
 * step and the next, and none at or before the last one it accepted. So the two workers share,
 * through a file and a lock, which step each account used last, and `withCode` (the sign-in) runs
 * holding the lock: a later step sent first would otherwise make the earlier one stale.
 */
export async function withOfficeCode<T>(baseURL: string, username: string, withCode: (code: string) => Promise<T>): Promise<T> {
  const dir = path.join(tmpdir(), 'hotich-e2e-totp');
  mkdirSync(dir, { recursive: true });
  const key = `${new URL(baseURL).port}-${username}`;
  const lock = path.join(dir, `${key}.lock`);
  for (let i = 0; ; i++) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (i > 1200) rmSync(lock, { recursive: true, force: true }); // a crashed worker's lock
      await sleep(50);
    }
  }
  try {
    const file = path.join(dir, `${key}.json`);
    const last = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { step: number }).step : -1;
    const step = Math.max(last + 1, Math.floor(Date.now() / 30_000));
    // usable once the server's step is at least step - 1
    while (Math.floor(Date.now() / 30_000) < step - 1) await sleep(250);
    writeFileSync(file, JSON.stringify({ step }));
    return await withCode(new TOTP({ secret: Secret.fromBase32(DEMO_TOTP_SECRET), digits: 6, period: 30 }).generate({ timestamp: step * 30_000 }));
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** The next unused code, for a sign-in whose outcome the caller checks itself (a refusal, a second device). */
export function nextOfficeCode(baseURL: string, username: string): Promise<string> {
  return withOfficeCode(baseURL, username, async (code) => code);
}

/*
 * Every page a journey opens is checked for the security headers, and for scripts the
 * Content-Security-Policy refused (which would mean a page that silently does not work).
 */
const securityProblems: string[] = [];

export function watchSecurity(context: BrowserContext) {
  context.on('response', (response) => {
    if (response.request().resourceType() !== 'document' || response.status() >= 300) return;
    const url = new URL(response.url());
    if (!url.hostname.match(/^(localhost|127\.0\.0\.1)$/)) return;
    const h = response.headers();
    const csp = h['content-security-policy'] ?? '';
    const scripts = csp.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src')) ?? '';
    const problems = [
      !/'nonce-[A-Za-z0-9+/=]+'/.test(scripts) && 'no script nonce',
      /unsafe-inline|unsafe-eval/.test(scripts) && 'unsafe script source',
      !csp.includes("frame-ancestors 'none'") && 'no frame-ancestors',
      !/camera=\((self)?\)/.test(h['permissions-policy'] ?? '') && 'no Permissions-Policy for the camera',
      h['x-content-type-options'] !== 'nosniff' && 'no nosniff',
      !h['referrer-policy'] && 'no Referrer-Policy',
    ].filter(Boolean);
    if (problems.length) securityProblems.push(`${url.pathname}: ${problems.join(', ')}`);
  });
  const watchPage = (page: Page) =>
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy|Refused to (execute|load|apply)/.test(message.text())) securityProblems.push(`${page.url()}: ${message.text()}`);
    });
  context.pages().forEach(watchPage);
  context.on('page', watchPage);
}

/** Runs axe on the current page: zero violations of WCAG 2.0–2.2 A and AA. */
export async function expectAccessible(page: Page) {
  await page.waitForLoadState('domcontentloaded');
  // After a client-side navigation the new page's <title> arrives with its metadata: wait for it.
  await page.waitForFunction(() => document.title.trim() !== '');
  const results = await runAxe(page);
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * axe-core run in the page itself: injected once per document (a client-side navigation keeps it),
 * collecting only violations. Our pages have no frames, so @axe-core/playwright's per-check blank
 * page and re-injection (to merge frame results) would only cost time: the same rules, half of it.
 */
async function runAxe(page: Page): Promise<axe.AxeResults> {
  const injected = await page.evaluate(() => 'axe' in window);
  if (!injected) await page.evaluate(axe.source);
  return page.evaluate(
    (tags) => (window as unknown as { axe: typeof axe }).axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
    WCAG_AA,
  );
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

export async function signInToOffice(page: Page, username: string, password = DEMO_PASSWORD, code?: string) {
  await page.goto('/office/sign-in');
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(password);
  const send = async (value: string) => {
    await page.getByLabel('Mã xác thực').fill(value);
    // The answer arrived: the server has taken (or refused) the code before another worker's.
    await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/office/sign-in'), page.getByRole('button', { name: 'Đăng nhập' }).click()]);
  };
  if (code === undefined && password === DEMO_PASSWORD) await withOfficeCode(page.url(), username, send);
  else await send(code ?? '000000');
}

/**
 * Journeys open a browser context per person (citizen, officer, signer, a stranger…). Contexts made
 * with `browser.newContext()` live as long as the worker's browser, so each test closes its own
 * when it ends: left open, their pages keep working in the background and slow every later test.
 */
export const test = base.extend<{ closeOtherContexts: void }>({
  closeOtherContexts: [
    async ({ browser, context }, use) => {
      securityProblems.length = 0;
      watchSecurity(context);
      await use();
      for (const other of browser.contexts()) if (other !== context) await other.close();
      expect(securityProblems, 'security headers and Content-Security-Policy on the pages visited').toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };

/**
 * A person with a browser of their own, in a language: a desktop, a 360 px phone (`mobile`), or any
 * other CSS width (`width`: 320 px is a 1280 px screen at 400 % zoom, WCAG 1.4.10).
 */
export async function newPerson(browser: Browser, baseURL: string, locale: 'vi' | 'en', options: { mobile?: boolean; width?: number } = {}) {
  const width = options.width ?? (options.mobile ? 360 : undefined);
  const context = await browser.newContext({ baseURL, timezoneId: 'Asia/Ho_Chi_Minh', ...(width ? { viewport: { width, height: 740 } } : {}) });
  watchSecurity(context);
  await context.addCookies([{ name: 'NEXT_LOCALE', value: locale, url: baseURL }]);
  return context.newPage();
}

const OFFICE_SIGN_IN = {
  vi: { username: 'Tên đăng nhập', password: 'Mật khẩu', code: 'Mã xác thực', signIn: 'Đăng nhập' },
  en: { username: 'Username', password: 'Password', code: 'Verification code', signIn: 'Sign in' },
} as const;

/** An office user signed in, in a language, on the dashboard. */
/**
 * Office sessions already opened in this worker, per server and account: an officer who signed in
 * this morning opens a new window without signing in again (the session is server-side, so each
 * window shares it until it ends), and the journeys do not queue for fresh second-factor codes.
 */
const officeSessions = new Map<string, Awaited<ReturnType<BrowserContext['storageState']>>>();

export async function newOfficeUser(browser: Browser, baseURL: string, locale: 'vi' | 'en', username: string) {
  const key = `${baseURL}|${username}`;
  const saved = officeSessions.get(key);
  if (saved) {
    const context = await browser.newContext({ baseURL, timezoneId: 'Asia/Ho_Chi_Minh', storageState: saved });
    watchSecurity(context);
    await context.addCookies([{ name: 'NEXT_LOCALE', value: locale, url: baseURL }]);
    const page = await context.newPage();
    await page.goto('/office');
    if (new URL(page.url()).pathname === '/office') return page;
    // the session ended (idle, or signed out): sign in again
    await context.close();
    officeSessions.delete(key);
  }
  const page = await newPerson(browser, baseURL, locale);
  const l = OFFICE_SIGN_IN[locale];
  await page.goto('/office/sign-in');
  await page.getByLabel(l.username).fill(username);
  await page.getByLabel(l.password).fill(DEMO_PASSWORD);
  await withOfficeCode(baseURL, username, async (code) => {
    await page.getByLabel(l.code).fill(code);
    await page.getByRole('button', { name: l.signIn, exact: true }).click();
    await expect(page).toHaveURL(/\/office$/);
  });
  officeSessions.set(key, await page.context().storageState());
  return page;
}
