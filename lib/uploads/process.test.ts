import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { UPLOAD_POLICY } from './policy';
import { processUpload } from './process';
import { ascii, concat, jpeg, pdf } from './test-fixtures';

describe('processUpload: checks before decoding', () => {
  it('refuses an empty file', async () => {
    expect(await processUpload(new Uint8Array(0))).toEqual({ ok: false, error: 'empty' });
  });

  it('refuses a file one byte over the limit without decoding it', async () => {
    // A JPEG signature over zeros: a decoder would call it unreadable, so 'tooLarge' proves
    // the size check ran first.
    const bytes = new Uint8Array(UPLOAD_POLICY.maxBytes + 1);
    bytes.set([0xff, 0xd8, 0xff, 0xe0]);
    expect(await processUpload(bytes)).toEqual({
      ok: false,
      error: 'tooLarge',
      detail: { size: UPLOAD_POLICY.maxBytes + 1, maxBytes: UPLOAD_POLICY.maxBytes },
    });
  });

  it('accepts a file of exactly the limit', async () => {
    const bytes = await jpeg(1200, 1600);
    expect((await processUpload(bytes, { ...UPLOAD_POLICY, maxBytes: bytes.length })).ok).toBe(true);
  });
});

describe('processUpload: the type comes from the bytes', () => {
  it('refuses HTML, GIF, WebP and EXE files (whatever their name claimed)', async () => {
    const gif = await sharp({ create: { width: 1200, height: 1600, channels: 3, background: '#fff' } }).gif().toBuffer();
    const webp = await sharp({ create: { width: 1200, height: 1600, channels: 3, background: '#fff' } }).webp().toBuffer();
    const samples = [
      ascii('<html><body><script>fetch("/api/session")</script></body></html>'),
      ascii('GIF89a\x01\x00\x01\x00\x80\x00\x00'),
      gif,
      webp,
      concat(ascii('MZ'), new Uint8Array(500)),
    ];
    for (const bytes of samples) {
      expect(await processUpload(bytes)).toEqual({ ok: false, error: 'unsupportedType' });
    }
  });

  it('treats a PDF named "photo.jpg" as the PDF it is', async () => {
    const result = await processUpload(await pdf(2));
    expect(result.ok && result.file.mimeType).toBe('application/pdf');
    expect(result.ok && result.file.extension).toBe('pdf');
  });

  it('reports the SHA-256 of the stored bytes', async () => {
    const result = await processUpload(await jpeg(1200, 1600));
    if (!result.ok) throw new Error(result.error);
    expect(result.file.sha256).toBe(createHash('sha256').update(result.file.bytes).digest('hex'));
    expect(result.file.sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});
