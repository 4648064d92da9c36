import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { DEMO_PASSWORD, expect, test, watchSecurity, withOfficeCode } from './fixtures';
import { startBuild, stopServer, whenHealthy, type Started } from './servers';
import { ETHNICITIES } from '../lib/reference/ethnicities';

/*
 * "A third language takes one catalogue file and nothing else" (issue 12), proved with a pseudo
 * language. The test writes a catalogue directory holding the two real catalogues and a third,
 * `qps-ploc.json`, generated from the English one with every message wrapped in ⟦…⟧, and starts
 * the production build on it (MESSAGES_DIR). In that language, every visible text of every page
 * walked, every accessible name and every page title must come from a catalogue: anything left once
 * the ⟦…⟧ parts are removed is text written in the code, and fails the test, unless it is data
 * (names, numbers, codes, addresses) that no catalogue translates.
 */

const PSEUDO = 'qps-ploc';
const OPEN = '⟦';
const CLOSE = '⟧';

type Catalogue = { [key: string]: string | Catalogue };

function pseudo(messages: Catalogue): Catalogue {
  return Object.fromEntries(Object.entries(messages).map(([k, v]) => [k, typeof v === 'string' ? `${OPEN}${v}${CLOSE}` : pseudo(v)]));
}

/** The catalogue directory with the pseudo language added, as a translator would add a language. */
function cataloguesWithPseudo(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'hotich-catalogues-'));
  cpSync('lib/i18n/messages', dir, { recursive: true });
  const en = JSON.parse(readFileSync('lib/i18n/messages/en.json', 'utf8')) as Catalogue;
  const qps = pseudo(en);
  (qps.common as Catalogue).languageName = `${OPEN}Pseudo${CLOSE}`;
  (qps.common as Catalogue).switchToThis = `${OPEN}Switch to Pseudo${CLOSE}`;
  writeFileSync(path.join(dir, `${PSEUDO}.json`), JSON.stringify(qps, null, 2));
  return dir;
}

/**
 * Data shown as it is: digits, dates and codes; the demo people's names; places and registries
 * (from the reference data, in Vietnamese in every language, as on the documents).
 */
const SURNAMES = 'Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý|Lâm|Đinh|Trương|Giàng|Sùng|Thào|Vàng|Hầu|Vừ|Mùa|Lò|Hà';
const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
const DATA = [
  /^[\p{N}\p{P}\p{S}\s]*$/u, // numbers, codes' punctuation
  new RegExp(`^((Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), )?(${MONTHS}) \\d{1,2}, \\d{4}( —)?$`), // dates as the language's Intl writes them
  new RegExp(`^(${SURNAMES})( \\p{Lu}\\p{Ll}*)+( · [\\d /]+)*$`, 'u'), // people's names as VNeID gives them, with their ID numbers and dates of birth
  new RegExp(`^(${ETHNICITIES.map((e) => e.name).join('|')})$`), // ethnic groups' names (the statistics office's list)
  /^[\w.+-]+@[\w.-]+$/, // e-mail addresses
  /(Phường|Xã|Thị trấn|Tỉnh|Thành phố|TP|Ủy ban nhân dân|UBND|Thôn|Bản|Số nhà|Ngõ|Phố|Đường|Bệnh viện)\s/u, // addresses, registries, places of birth
];

async function unlocalised(page: Page): Promise<string[]> {
  const left = await page.evaluate(
    ([open, close]) => {
      const strip = (text: string) => {
        const inner = new RegExp(`${open}[^${open}${close}]*${close}`, 'g');
        let before;
        do {
          before = text;
          text = text.replace(inner, '\n');
        } while (text !== before);
        return text;
      };
      // Text marked as another language's (the language switch, the register's Vietnamese text) is
      // not this one's: hidden while the page's text is read (innerText skips what is not visible).
      const page = document.documentElement.lang;
      const foreign = [...document.body.querySelectorAll<HTMLElement>('[lang]')].filter((el) => el.lang !== page);
      const before = foreign.map((el) => el.style.visibility);
      foreign.forEach((el) => (el.style.visibility = 'hidden'));
      const texts = [document.body.innerText, document.title];
      foreign.forEach((el, i) => (el.style.visibility = before[i]!));
      const foreignNames = new Set(foreign.map((el) => el.getAttribute('aria-label') ?? ''));
      for (const el of document.querySelectorAll('[aria-label],[title],[placeholder],[alt]')) {
        for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
          const value = el.getAttribute(name);
          if (value) texts.push(value);
        }
      }
      return texts.flatMap((t) => strip(t).split('\n')).map((t) => t.trim()).filter((t) => /\p{L}/u.test(t) && !foreignNames.has(t));
    },
    [OPEN, CLOSE],
  );
  return [...new Set(left)].filter((text) => !DATA.some((pattern) => pattern.test(text)));
}

test.describe('a third language is one catalogue file', () => {
  // One server for the file, its tests in order in one worker (a failed one does not skip the rest).
  test.describe.configure({ mode: 'default' });
  let server: Started & { base: string };
  /** What each test found on its pages that no catalogue says, by page. */
  const found = new Map<string, string[]>();
  test.beforeEach(() => found.clear());
  test.afterEach(() => {
    expect(Object.fromEntries(found), 'text on these pages that is in no catalogue').toEqual({});
  });

  test.beforeAll(async () => {
    test.setTimeout(240_000);
    const started = await startBuild({ DEMO_MODE: 'true', MESSAGES_DIR: cataloguesWithPseudo(), JOBS_INTERVAL_SECONDS: '3600' });
    server = { ...started, base: await whenHealthy(started) };
  });

  test.afterAll(async () => {
    if (server) await stopServer(server);
  });

  async function inPseudo(browser: import('@playwright/test').Browser) {
    const context = await browser.newContext({ baseURL: server.base, timezoneId: 'Asia/Ho_Chi_Minh' });
    watchSecurity(context);
    await context.addCookies([{ name: 'NEXT_LOCALE', value: PSEUDO, url: server.base }]);
    return context.newPage();
  }

  async function check(page: Page, what: string) {
    await page.waitForLoadState('domcontentloaded');
    await page.waitForFunction(() => document.title.trim() !== '');
    await expect(page.locator('html')).toHaveAttribute('lang', PSEUDO);
    const left = await unlocalised(page);
    if (left.length) found.set(`${what} (${new URL(page.url()).pathname})`, left);
  }

  test('the language switch offers it, named in itself, beside Vietnamese and English', async ({ browser }) => {
    const context = await browser.newContext({ baseURL: server.base });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
    await page.getByRole('button', { name: 'Switch to Pseudo' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', PSEUDO);
    await expect(page.getByRole('button', { name: 'Switch to English' })).toBeVisible();
    await page.getByRole('button', { name: 'Chuyển sang tiếng Việt' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
    await expect(page.getByRole('heading', { level: 1 })).not.toContainText(OPEN);
    await context.close();
  });

  test('every public page, the sign-in and the simulator come from the catalogue', async ({ browser }) => {
    const page = await inPseudo(browser);
    for (const p of ['/', '/help', '/help/birthRegistration', '/help/deathRegistration', '/help/marriageRegistration', '/help/extractCopyRequest', '/help/civilStatusAmendment', '/registries', '/session', '/sign-in', '/office/sign-in', '/verify/not-a-token', '/no-such-page']) {
      await page.goto(p);
      await check(page, p);
    }
    await page.goto('/sign-in');
    await page.getByRole('button', { name: 'Sign in with VNeID' }).click();
    await expect(page.getByRole('heading', { name: 'VNeID — simulator' })).toBeVisible();
    await check(page, 'VNeID simulator');
  });

  async function signIn(page: Page, fullName: string) {
    await page.goto('/sign-in?callbackUrl=%2Fme');
    await page.getByRole('button', { name: 'Sign in with VNeID' }).click();
    await page.getByRole('button', { name: new RegExp(fullName) }).click();
    await page.waitForURL((url) => url.pathname === '/me');
  }

  /** Starts an application and opens each of its pages: as it comes, then refused when sent empty or wrong. */
  async function walkForm(page: Page, procedure: string, steps: readonly string[]) {
    await page.goto(`/apply/${procedure}`);
    await check(page, `start ${procedure}`);
    await page.getByRole('button', { name: 'Start' }).click();
    await page.waitForURL(/\/applications\/[^/]+\/[a-z]+$/);
    const id = new URL(page.url()).pathname.split('/')[2];
    for (const step of steps) {
      // a page these answers do not need (documents already in the databases) is not there
      if ((await page.goto(`/applications/${id}/${step}`))?.status() === 404) continue;
      await check(page, `${procedure}: ${step}`);
      await page.getByRole('button', { name: 'Continue' }).click();
      await expect.poll(async () => new URL(page.url()).pathname !== `/applications/${id}/${step}` || (await page.locator('#error-summary').count()) > 0).toBe(true);
      if (new URL(page.url()).pathname === `/applications/${id}/${step}`) await check(page, `${procedure}: ${step}, refused`);
    }
    for (const p of [`/applications/${id}/review`, `/applications/${id}`]) {
      await page.goto(p);
      await check(page, `${procedure}: ${p.endsWith('review') ? 'check your answers' : 'the application'}`);
    }
  }

  test("a citizen's pages and the birth form, its errors included, come from the catalogue", async ({ browser }) => {
    const page = await inPseudo(browser);
    await signIn(page, 'Nguyễn Thị Lan');
    for (const p of ['/me', '/applications', '/documents', '/session']) {
      await page.goto(p);
      await check(page, p);
    }
    await walkForm(page, 'birthRegistration', ['registry', 'applicant', 'mother', 'father', 'child', 'documents']);
  });

  test('the death form, its errors included, comes from the catalogue', async ({ browser }) => {
    const page = await inPseudo(browser);
    await signIn(page, 'Lê Thị Hoa');
    await walkForm(page, 'deathRegistration', ['applicant', 'deceased', 'registry', 'death', 'documents', 'bundle']);
  });

  test('the marriage, marital-status, copy, confirmation and amendment forms come from the catalogue', async ({ browser }) => {
    const page = await inPseudo(browser);
    await signIn(page, 'Võ Thị Mai');
    await walkForm(page, 'marriageRegistration', ['applicant', 'otherParty', 'registry', 'status', 'ceremony', 'documents']);
    await walkForm(page, 'maritalStatusCertificate', ['applicant', 'registry', 'status', 'residence', 'purpose', 'previous', 'documents']);
    await walkForm(page, 'extractCopyRequest', ['applicant', 'registry', 'request', 'entry', 'birthPersons', 'marriagePersons', 'deathPersons', 'documents']);
    await walkForm(page, 'civilStatusConfirmation', ['applicant', 'registry', 'request', 'inconsistencies', 'documents']);
    await walkForm(page, 'civilStatusAmendment', ['applicant', 'record', 'items', 'registry', 'documents']);
  });

  async function officeSignIn(page: Page, username: string) {
    await page.goto('/office/sign-in');
    await page.getByLabel('Username').fill(username);
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await withOfficeCode(server.base, username, async (code) => {
      await page.getByLabel('Verification code').fill(code);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.waitForURL((url) => url.pathname === '/office');
    });
  }

  test("an officer's pages come from the catalogue", async ({ browser }) => {
    const page = await inPseudo(browser);
    await officeSignIn(page, 'officer.hoankiem');
    await check(page, 'office dashboard');
    for (const p of ['/office/register', '/office/assist', '/office/legacy', '/office/outbox']) {
      await page.goto(p);
      await check(page, p);
    }
  });

  test("the ministry's database manager's pages and a register entry come from the catalogue", async ({ browser }) => {
    const page = await inPseudo(browser);
    await officeSignIn(page, 'dbadmin.moj');
    await page.goto('/office/changes');
    await check(page, 'requests to adjust the data');
    await page.goto('/office/register');
    await page.getByLabel('Full name', { exact: false }).first().fill('Trần Văn Quý');
    await page.getByLabel('Date of birth', { exact: false }).first().fill('1963-02-11');
    await page.getByLabel('Purpose of the search').selectOption('other');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.locator('#results + ul').getByRole('link').first().click();
    await page.waitForURL(/\/office\/register\/[0-9a-f-]{36}$/);
    await check(page, 'a register entry');
  });
});
