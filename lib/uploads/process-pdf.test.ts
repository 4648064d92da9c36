import { PDFDocument } from 'pdf-lib';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UPLOAD_POLICY } from './policy';
import { processUpload } from './process';
import { ascii, concat, pdf } from './test-fixtures';

const text = (bytes: Uint8Array) => new TextDecoder('latin1').decode(bytes);

describe('processUpload: PDFs', () => {
  // pdf-lib narrates its recovery from broken input on the console; keep test output readable.
  beforeEach(() => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('accepts a PDF, counts its pages and rewrites it', async () => {
    const result = await processUpload(await pdf(3));
    if (!result.ok) throw new Error(result.error);
    expect(result.file).toMatchObject({ mimeType: 'application/pdf', extension: 'pdf', pages: 3 });
    expect((await PDFDocument.load(result.file.bytes)).getPageCount()).toBe(3);
  });

  it('accepts exactly the maximum number of pages and refuses one more', async () => {
    expect((await processUpload(await pdf(UPLOAD_POLICY.maxPdfPages))).ok).toBe(true);
    expect(await processUpload(await pdf(12))).toEqual({
      ok: false,
      error: 'tooManyPages',
      detail: { pages: 12, maxPages: UPLOAD_POLICY.maxPdfPages },
    });
  });

  it('drops junk before the header and after the end of the file', async () => {
    const polyglot = concat(ascii('<html><script>alert(1)</script>\n'), await pdf(1), ascii('\n<script>x()</script>'));
    const result = await processUpload(polyglot);
    if (!result.ok) throw new Error(result.error);
    expect(text(result.file.bytes.subarray(0, 5))).toBe('%PDF-');
    expect(text(result.file.bytes)).not.toContain('<script>');
  });

  it('refuses garbage that starts with %PDF- as unreadable', async () => {
    const garbage = concat(ascii('%PDF-1.7\n'), ascii('this is not a PDF at all '.repeat(100)));
    expect(await processUpload(garbage)).toEqual({ ok: false, error: 'unreadable' });
  });

  it('refuses a truncated PDF as unreadable', async () => {
    const whole = await pdf(2);
    expect(await processUpload(whole.subarray(0, 40))).toEqual({ ok: false, error: 'unreadable' });
  });

  it('refuses an encrypted PDF as unreadable', async () => {
    const plain = text(await PDFDocument.create().then((d) => (d.addPage(), d.save({ useObjectStreams: false }))));
    const encrypted = plain.replace('trailer\n<<', 'trailer\n<<\n/Encrypt << /Filter /Standard /V 1 /R 2 >>');
    expect(encrypted).not.toBe(plain);
    const bytes = Uint8Array.from(encrypted, (c) => c.charCodeAt(0));
    await expect(PDFDocument.load(bytes)).rejects.toThrow(/encrypted/i); // the fixture really is "encrypted"
    expect(await processUpload(bytes)).toEqual({ ok: false, error: 'unreadable' });
  });
});
