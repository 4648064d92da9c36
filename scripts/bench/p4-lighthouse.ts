/*
 * P4 (issue 11): Lighthouse 12.2.3 (mobile, simulated slow 4G: its default settings) on the home
 * page, a procedure's start page, one form page and the verify page; and the first-load JS of the
 * citizen pages: the script bytes transferred (gzip, as `next start` sends them) on a cold load
 * in headless chromium.
 */
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext } from '@playwright/test';
import { DOCUMENT_KEY_PURPOSE, signDocumentToken } from '@/lib/documents/document-token';
import { memoryKeyStore } from '@/lib/signing/memory-key-store';
import { CHROMIUM } from './server';

export type P4Lighthouse = { what: string; path: string; score: number; lcp: number; fcp: number; tbt: number; cls: number; scriptKb: number };
export type P4Js = { what: string; path: string; scripts: number; gzipKb: number; rawKb: number; encodings: string };

/** A procedure's start page and a form page of a new draft, as the citizen opens them. */
export async function citizenPages(context: BrowserContext): Promise<{ start: string; form: string }> {
  const page = await context.newPage();
  const start = '/apply/birthRegistration';
  await page.goto(start);
  await page.locator('form:has(input[name="procedureCode"]) button[type="submit"]').click();
  await page.waitForURL((url) => /^\/applications\/[0-9a-f-]{36}\/[a-zA-Z]+$/.test(url.pathname));
  const form = new URL(page.url()).pathname;
  await page.close();
  return { start, form };
}

/**
 * A verify address shaped as a QR code's: a compact JWS of a document's fields, signed by a key
 * of this run only, so the page checks it against the portal's keys and answers "not valid" (the
 * same page and scripts as for a valid certificate; a fresh database has issued none).
 */
export async function verifyPath(): Promise<string> {
  const token = await signDocumentToken(
    { documentId: randomUUID(), kind: 'birthCertificate', holderFullName: 'Trần Minh Khôi', dateOfBirth: '2026-11-15', entryNumber: '12', book: '01/2026', registryCode: '00070', issuedOn: '2026-11-23', version: 1 },
    memoryKeyStore(DOCUMENT_KEY_PURPOSE),
  );
  return `/verify/${token}`;
}

export function lighthouse(base: string, target: { what: string; path: string; cookie: string | null }): P4Lighthouse {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-lh-'));
  try {
    const out = path.join(dir, 'report.json');
    const args = [
      `${base}${target.path}`, '--only-categories=performance', '--output=json', `--output-path=${out}`, '--quiet',
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage',
    ];
    if (target.cookie) {
      writeFileSync(path.join(dir, 'headers.json'), JSON.stringify({ Cookie: target.cookie }));
      args.push(`--extra-headers=${path.join(dir, 'headers.json')}`);
    }
    const run = spawnSync('node_modules/.bin/lighthouse', args, { env: { ...process.env, CHROME_PATH: CHROMIUM }, encoding: 'utf8', timeout: 180_000 });
    if (run.status !== 0) throw new Error(`lighthouse ${target.path} failed (${run.status}):\n${run.stderr}`);
    const report = JSON.parse(readFileSync(out, 'utf8')) as {
      finalDisplayedUrl: string;
      categories: { performance: { score: number } };
      audits: Record<string, { numericValue?: number; details?: { items?: { resourceType?: string; transferSize?: number }[] } }>;
    };
    if (new URL(report.finalDisplayedUrl).pathname !== target.path.split('?')[0]) throw new Error(`lighthouse ${target.path} ended at ${report.finalDisplayedUrl}`);
    const a = report.audits;
    const scripts = a['network-requests']?.details?.items?.filter((i) => i.resourceType === 'Script').reduce((s, i) => s + (i.transferSize ?? 0), 0) ?? 0;
    return {
      what: target.what, path: target.path, score: Math.round(report.categories.performance.score * 100),
      lcp: a['largest-contentful-paint']!.numericValue!, fcp: a['first-contentful-paint']!.numericValue!, tbt: a['total-blocking-time']!.numericValue!,
      cls: a['cumulative-layout-shift']!.numericValue!, scriptKb: scripts / 1024,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Script bytes on the wire for a cold load of `pagePath` (a new context: empty cache), with the session of `signedIn`. */
export async function firstLoadJs(browser: Browser, base: string, what: string, pagePath: string, signedIn: BrowserContext | null): Promise<P4Js> {
  const context = await browser.newContext({ baseURL: base, ...(signedIn ? { storageState: await signedIn.storageState() } : {}) });
  try {
    const page = await context.newPage();
    const scripts: Promise<{ body: number; raw: number; encoding: string }>[] = [];
    page.on('requestfinished', (request) => {
      if (request.resourceType() !== 'script') return;
      scripts.push((async () => {
        const [sizes, response] = await Promise.all([request.sizes(), request.response()]);
        const headers = (await response?.allHeaders()) ?? {};
        const body = await response?.body().catch(() => null);
        return { body: sizes.responseBodySize, raw: body?.byteLength ?? 0, encoding: headers['content-encoding'] ?? 'none' };
      })());
    });
    const response = await page.goto(pagePath, { waitUntil: 'networkidle' });
    if (!response?.ok() || new URL(page.url()).pathname !== pagePath) throw new Error(`${pagePath} answered ${response?.status()} at ${page.url()}`);
    const all = await Promise.all(scripts);
    return {
      what, path: pagePath, scripts: all.length,
      gzipKb: all.reduce((s, x) => s + x.body, 0) / 1024, rawKb: all.reduce((s, x) => s + x.raw, 0) / 1024,
      encodings: [...new Set(all.map((x) => x.encoding))].join(', '),
    };
  } finally {
    await context.close();
  }
}
