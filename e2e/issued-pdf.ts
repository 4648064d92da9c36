import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { createLocalJWKSet, jwtVerify, type JWTPayload } from 'jose';
import { expect } from './fixtures';

/**
 * Downloads an issued PDF as its holder and checks it the way a bank clerk's tools would: every
 * font embedded Be Vietnam Pro (`pdffonts`), the text with its diacritics (`pdftotext`), and the
 * QR code read from the rendered page (`zbarimg`) whose token verifies against the portal's JWKS.
 * Returns the verified token and its payload.
 */
export async function checkIssuedPdf(page: Page, href: string): Promise<{ text: string; token: string; payload: JWTPayload }> {
  const pdf = await page.request.get(href);
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  const dir = mkdtempSync(path.join(tmpdir(), 'issued-'));
  const file = path.join(dir, 'document.pdf');
  writeFileSync(file, await pdf.body());
  const [header = '', , ...fontLines] = execFileSync('pdffonts', [file]).toString().trimEnd().split('\n');
  const emb = header.indexOf('emb');
  expect(fontLines.length).toBeGreaterThan(0);
  for (const line of fontLines) {
    expect(line).toMatch(/^BeVietnamPro-/);
    expect(line.slice(emb, emb + 3)).toBe('yes');
  }
  const text = execFileSync('pdftotext', ['-layout', file, '-']).toString().normalize('NFC');
  execFileSync('pdftoppm', ['-r', '150', '-png', '-singlefile', file, path.join(dir, 'page')]);
  const verifyUrl = readQrCode(path.join(dir, 'page.png'));
  const token = verifyUrl.split('/verify/')[1]!;
  const { payload } = await jwtVerify(token, createLocalJWKSet(await (await page.request.get('/.well-known/jwks.json')).json()));
  return { text, token, payload };
}

/**
 * The one QR code on a rendered page. zbarimg looks for every symbology by default and, now and
 * then, reads a stray EAN or I2/5 barcode out of the printed text, appending it as a second line:
 * only QR codes are looked for, and exactly one must be found.
 */
export function readQrCode(png: string): string {
  const lines = execFileSync('zbarimg', ['-Sdisable', '-Sqrcode.enable', '--quiet', '--raw', png]).toString().trim().split('\n');
  expect(lines, 'one QR code on the page').toHaveLength(1);
  return lines[0]!;
}
