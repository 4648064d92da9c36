import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { UPLOAD_POLICY } from './policy';
import { processUpload } from './process';
import { jpeg, png } from './test-fixtures';

async function accepted(bytes: Uint8Array, policy = UPLOAD_POLICY) {
  const result = await processUpload(bytes, policy);
  if (!result.ok) throw new Error(`refused: ${result.error}`);
  return result.file;
}

describe('processUpload: photos', () => {
  it('shrinks a 4000 × 3000 phone photo to a 2000 px long edge, keeping the aspect ratio', async () => {
    const file = await accepted(await jpeg(4000, 3000));
    expect(file).toMatchObject({ mimeType: 'image/jpeg', extension: 'jpg', width: 2000, height: 1500 });
    const meta = await sharp(file.bytes).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', 2000, 1500]);
  });

  it('never enlarges a photo that is already small enough', async () => {
    const file = await accepted(await jpeg(1200, 1600));
    expect([file.width, file.height]).toEqual([1200, 1600]);
  });

  it('applies EXIF orientation 6 and drops EXIF (GPS included), ICC and XMP', async () => {
    const input = await sharp({ create: { width: 1600, height: 1200, channels: 3, background: '#fff' } })
      .jpeg()
      .withMetadata({ orientation: 6 })
      .withExif({
        IFD0: { Make: 'Phone', Model: 'Cheap 1' },
        IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '21/1 1/1 40/1', GPSLongitudeRef: 'E', GPSLongitude: '105/1 51/1 0/1' },
      })
      .toBuffer();
    const before = await sharp(input).metadata();
    expect([before.orientation, before.exif !== undefined, before.icc !== undefined]).toEqual([6, true, true]);

    const file = await accepted(input);
    expect([file.width, file.height]).toEqual([1200, 1600]); // rotated a quarter turn
    const after = await sharp(file.bytes).metadata();
    expect([after.width, after.height, after.orientation]).toEqual([1200, 1600, undefined]);
    expect(after.exif).toBeUndefined();
    expect(after.icc).toBeUndefined();
    expect(after.xmp).toBeUndefined();
    expect(after.iptc).toBeUndefined();
  });

  it('accepts a PNG and stores it as JPEG, transparency flattened to white', async () => {
    const file = await accepted(await png(1500, 2400, true));
    expect(file).toMatchObject({ mimeType: 'image/jpeg', extension: 'jpg', width: 1250, height: 2000 });
    const { data, info } = await sharp(file.bytes).raw().toBuffer({ resolveWithObject: true });
    expect(info.channels).toBe(3);
    expect([...data.subarray(0, 3)].every((c) => c > 250)).toBe(true);
  });

  it('refuses a 400 × 300 photo as too small, quoting the minimum in its orientation', async () => {
    expect(await processUpload(await jpeg(400, 300))).toEqual({
      ok: false,
      error: 'tooSmall',
      detail: { width: 400, height: 300, minWidth: 1200, minHeight: 900 },
    });
  });

  it('checks the minimum on the oriented size, whichever edge is long', async () => {
    expect((await processUpload(await jpeg(900, 1200))).ok).toBe(true);
    expect((await processUpload(await jpeg(1200, 900))).ok).toBe(true);
    const narrow = await processUpload(await jpeg(899, 2000));
    expect(narrow.ok || narrow.error).toBe('tooSmall');
  });

  it('refuses images with too many pixels before decoding them', async () => {
    const policy = { ...UPLOAD_POLICY, maxImagePixels: 1_000_000 };
    expect(await processUpload(await jpeg(2400, 3200), policy)).toEqual({
      ok: false,
      error: 'tooManyPixels',
      detail: { width: 2400, height: 3200, maxPixels: 1_000_000 },
    });
  });

  it('refuses a decompression bomb: a small PNG claiming 100 megapixels', async () => {
    const bomb = await sharp({ create: { width: 10_000, height: 10_000, channels: 3, background: '#fff' } })
      .png({ compressionLevel: 9 })
      .toBuffer();
    expect(bomb.length).toBeLessThan(UPLOAD_POLICY.maxBytes);
    const result = await processUpload(bomb);
    expect(result.ok || result.error).toBe('tooManyPixels');
  });

  it('refuses a truncated JPEG as unreadable', async () => {
    // Noise makes the entropy-coded data long, so cutting it in half really loses image rows.
    const noise = { type: 'gaussian', mean: 128, sigma: 30 } as const;
    const whole = await sharp({ create: { width: 1600, height: 1200, channels: 3, background: '#888', noise } })
      .jpeg()
      .toBuffer();
    const truncated = whole.subarray(0, Math.floor(whole.length / 2));
    expect(await processUpload(truncated)).toEqual({ ok: false, error: 'unreadable' });
  });

  it('refuses a JPEG signature followed by garbage as unreadable', async () => {
    const bytes = new Uint8Array(2048).fill(0x41);
    bytes.set([0xff, 0xd8, 0xff, 0xe0]);
    expect(await processUpload(bytes)).toEqual({ ok: false, error: 'unreadable' });
  });
});
