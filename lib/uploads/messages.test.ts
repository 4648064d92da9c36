import { describe, expect, it } from 'vitest';
import { locales } from '@/lib/i18n/catalogues';
import { uploadErrorMessage } from './messages';
import { UPLOAD_POLICY } from './policy';
import { UPLOAD_ERRORS } from './types';

describe('uploadErrorMessage', () => {
  it('has a distinct, complete NFC message for every error in every locale', () => {
    for (const locale of locales()) {
      const seen = new Set<string>();
      for (const error of UPLOAD_ERRORS) {
        const message = uploadErrorMessage(error, locale);
        expect(message.length, `${locale}/${error}`).toBeGreaterThan(30);
        expect(message, `${locale}/${error}`).toBe(message.normalize('NFC'));
        expect(message, `${locale}/${error}`).not.toMatch(/NaN|undefined|\{|\}/);
        seen.add(message);
      }
      expect(seen.size).toBe(UPLOAD_ERRORS.length);
    }
  });

  it('quotes the limits from the policy', () => {
    expect(uploadErrorMessage('tooLarge', 'vi')).toBe('Tệp lớn hơn 5 MB. Hãy chụp lại ảnh hoặc chọn tệp nhỏ hơn.');
    expect(uploadErrorMessage('tooLarge', 'en')).toBe(
      'The file is larger than 5 MB. Take the photo again or choose a smaller file.',
    );
    expect(uploadErrorMessage('unsupportedType', 'vi')).toContain('Chỉ nhận ảnh JPG, PNG hoặc tệp PDF.');
    expect(uploadErrorMessage('unsupportedType', 'en')).toContain('Only JPG or PNG photos and PDF files are accepted.');
    expect(uploadErrorMessage('tooManyPixels', 'en')).toContain(`${UPLOAD_POLICY.maxImagePixels / 1e6} megapixels`);
  });

  it('uses the detail of the refusal, formatted for the locale', () => {
    const detail = { width: 400, height: 300, minWidth: 1200, minHeight: 900 };
    expect(uploadErrorMessage('tooSmall', 'vi', detail)).toContain('(400 × 300 điểm ảnh)');
    expect(uploadErrorMessage('tooSmall', 'vi', detail)).toContain('tối thiểu 1.200 × 900 điểm ảnh');
    expect(uploadErrorMessage('tooSmall', 'en', detail)).toContain('at least 1,200 × 900 pixels');
    expect(uploadErrorMessage('tooManyPages', 'vi', { pages: 12, maxPages: 10 })).toContain(
      'Tệp PDF có 12 trang, vượt quá mức tối đa 10 trang.',
    );
    expect(uploadErrorMessage('tooManyPages', 'en', { pages: 12, maxPages: 10 })).toContain(
      'The PDF has 12 pages, more than the maximum of 10.',
    );
    expect(uploadErrorMessage('tooLarge', 'en', { size: 1, maxBytes: 5 * 1024 * 1024 })).toContain('5 MB');
  });

  it('still reads well without a detail', () => {
    expect(uploadErrorMessage('tooSmall', 'vi')).toMatch(/^Ảnh quá nhỏ, không đủ để đọc rõ chữ\. .*tối thiểu 900 × 1\.200/);
    expect(uploadErrorMessage('tooManyPages', 'en')).toContain('The PDF has more than 10 pages.');
  });
});
