import { describe, expect, it } from 'vitest';
import { sniffFileType } from './sniff';
import { ascii, concat, jpeg, pdf, png } from './test-fixtures';

describe('sniffFileType', () => {
  it('recognises JPEG, PNG and PDF by their magic bytes', async () => {
    expect(sniffFileType(await jpeg(10, 10))).toBe('image/jpeg');
    expect(sniffFileType(await png(10, 10))).toBe('image/png');
    expect(sniffFileType(await pdf(1))).toBe('application/pdf');
  });

  it('accepts a PDF header within the first 1024 bytes, as PDF readers do', () => {
    expect(sniffFileType(ascii('\ufeff%PDF-1.4\n'))).toBe('application/pdf');
    expect(sniffFileType(concat(new Uint8Array(1016), ascii('%PDF-1.7')))).toBe('application/pdf');
    expect(sniffFileType(concat(new Uint8Array(1017), ascii('%PDF-1.7')))).toBeNull();
  });

  it('requires a plausible PDF version after "%PDF-"', () => {
    expect(sniffFileType(ascii('%PDF-'))).toBeNull();
    expect(sniffFileType(ascii('%PDF-x.y\n'))).toBeNull();
    expect(sniffFileType(ascii('%PDF-9.9\n'))).toBeNull();
    expect(sniffFileType(ascii('%PDF-2.0\n'))).toBe('application/pdf');
  });

  it('rejects other formats whatever they are called', () => {
    const samples = [
      ascii('<!DOCTYPE html><html><script>alert(1)</script></html>'),
      ascii('GIF89a\x01\x00\x01\x00'),
      ascii('RIFF\x24\x00\x00\x00WEBPVP8 '),
      ascii('MZ\x90\x00\x03\x00\x00\x00'),
      ascii('PK\x03\x04'),
      new Uint8Array([0xff, 0xd8]), // a JPEG start marker alone is not a JPEG
      new Uint8Array([0x89, 0x50, 0x4e, 0x47]), // nor half a PNG signature
      new Uint8Array(0),
    ];
    for (const bytes of samples) expect(sniffFileType(bytes)).toBeNull();
  });

  it('prefers the image signature at offset 0 over a "%PDF-" later on', () => {
    const tricky = concat(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]), ascii('%PDF-1.4'));
    expect(sniffFileType(tricky)).toBe('image/jpeg');
  });
});
