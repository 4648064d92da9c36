import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CompactSign, generateKeyPair } from 'jose';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, expect } from 'vitest';
import { A4 } from './pdf-frame';

type Renderer<C> = (content: C, options: { verifyUrl: string; draft?: boolean }) => Promise<Uint8Array>;

/**
 * For the PDF tests: renders into a temporary folder and checks the file the way a reader meets it
 * (poppler for fonts, text and pixels, zbar for the QR code). The QR carries a real-sized signed
 * token, so it is as dense as in production. Call at the top of a test file: it registers hooks.
 */
export function pdfTestBench<C>(name: string, renderer: Renderer<C>, claims: Record<string, unknown>) {
  const state = { dir: '', verifyUrl: '' };
  beforeAll(async () => {
    state.dir = mkdtempSync(path.join(tmpdir(), `${name}-`));
    const { privateKey } = await generateKeyPair('ES256');
    const token = await new CompactSign(new TextEncoder().encode(JSON.stringify(claims)))
      .setProtectedHeader({ alg: 'ES256', kid: 'documents-1a2b3c4d', typ: 'hotich-doc+jwt' })
      .sign(privateKey);
    state.verifyUrl = `https://hotich.example.gov.vn/xac-minh/${token}`;
  });
  afterAll(() => rmSync(state.dir, { recursive: true, force: true }));

  const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });

  /**
   * pdftotext leaves out diagonal text, so a draft's watermark is looked for in pixels: pinkish ones
   * (red above green) in a band across the middle of the page where nothing else is red.
   */
  const watermarkPixels = (file: string): number => {
    const prefix = file.replace(/\.pdf$/, '-middle');
    run('pdftoppm', ['-r', '72', '-x', '200', '-y', '300', '-W', '200', '-H', '100', '-singlefile', file, prefix]);
    const ppm = readFileSync(`${prefix}.ppm`);
    const pixels = ppm.subarray(ppm.length - 200 * 100 * 3);
    let pink = 0;
    for (let i = 0; i < pixels.length; i += 3) if (pixels[i]! - pixels[i + 1]! > 8) pink += 1;
    return pink;
  };

  return {
    run,
    watermarkPixels,
    get verifyUrl() {
      return state.verifyUrl;
    },
    async render(file: string, content: C, draft?: boolean) {
      const bytes = await renderer(content, { verifyUrl: state.verifyUrl, draft });
      const pdf = path.join(state.dir, `${file}.pdf`);
      writeFileSync(pdf, bytes);
      return { bytes, file: pdf, text: () => run('pdftotext', ['-layout', pdf, '-']).normalize('NFC') };
    },
    scanQr(file: string): string {
      const prefix = file.replace(/\.pdf$/, '');
      run('pdftoppm', ['-r', '150', '-png', '-singlefile', file, prefix]);
      return run('zbarimg', ['-Sdisable', '-Sqrcode.enable', '--quiet', '--raw', `${prefix}.png`]).replace(/\n$/, '');
    },
    async expectOneA4Page(bytes: Uint8Array) {
      const doc = await PDFDocument.load(bytes);
      expect(doc.getPageCount()).toBe(1);
      const { width, height } = doc.getPage(0).getSize();
      expect(width).toBeCloseTo(A4[0], 2);
      expect(height).toBeCloseTo(A4[1], 2);
      return doc;
    },
    /** Every word inside the page's margins, and the text without spaces, to look for unbroken words in. */
    expectInsideMargins(file: string): string {
      const html = run('pdftotext', ['-bbox', file, '-']);
      const boxes = [...html.matchAll(/<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"/g)].map((m) => [Number(m[1]), Number(m[2])] as const);
      expect(boxes.length).toBeGreaterThan(100);
      for (const [xMin, xMax] of boxes) {
        expect(xMin).toBeGreaterThanOrEqual(30);
        expect(xMax).toBeLessThanOrEqual(A4[0] - 50);
      }
      return run('pdftotext', [file, '-']).normalize('NFC').replace(/\s+/g, '');
    },
    /** Every font embedded, and every one Be Vietnam Pro. */
    expectEmbeddedFonts(file: string) {
      const [header = '', , ...fontLines] = run('pdffonts', [file]).trimEnd().split('\n');
      expect(fontLines.length).toBeGreaterThanOrEqual(2);
      const emb = header.indexOf('emb');
      for (const line of fontLines) expect(line.slice(emb, emb + 3), line).toBe('yes');
      expect(fontLines.every((l) => l.startsWith('BeVietnamPro-'))).toBe(true);
    },
  };
}
