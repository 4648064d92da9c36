import type { Locale } from '@/lib/i18n/locales';
import { UPLOAD_POLICY } from './policy';
import type { UploadError, UploadErrorDetail } from './types';

/*
 * What the citizen is told when an upload is refused: why, and what to do next. Safe to import
 * from client code. Numbers come from the refusal's detail, falling back to the default policy,
 * so a message quotes the limit that was actually applied.
 */

/** Detail values already formatted for the locale; `has` tells whether optional ones exist. */
type Values = { get: (key: string) => string; has: (...keys: string[]) => boolean };
type Messages = Record<UploadError, (v: Values) => string>;

const MIB = 1024 * 1024;

const DEFAULTS: Record<string, number> = {
  maxBytes: UPLOAD_POLICY.maxBytes / MIB, // quoted in MB
  minWidth: UPLOAD_POLICY.minImageShortEdge,
  minHeight: UPLOAD_POLICY.minImageLongEdge,
  maxPages: UPLOAD_POLICY.maxPdfPages,
  maxPixels: UPLOAD_POLICY.maxImagePixels / 1e6, // quoted in megapixels
};

const VI: Messages = {
  empty: () => 'Tệp không có nội dung. Hãy chọn lại tệp hoặc chụp lại ảnh.',
  tooLarge: (v) => `Tệp lớn hơn ${v.get('maxBytes')} MB. Hãy chụp lại ảnh hoặc chọn tệp nhỏ hơn.`,
  unsupportedType: () =>
    'Chỉ nhận ảnh JPG, PNG hoặc tệp PDF. Hãy chụp ảnh giấy tờ hoặc lưu tệp dưới dạng PDF rồi tải lên lại.',
  unreadable: () =>
    'Không đọc được tệp: tệp có thể bị hỏng, chưa được tải lên đầy đủ hoặc có đặt mật khẩu. ' +
    'Hãy chụp lại ảnh, hoặc lưu lại tệp PDF không đặt mật khẩu rồi thử lại.',
  tooSmall: (v) =>
    (v.has('width', 'height')
      ? `Ảnh quá nhỏ (${v.get('width')} × ${v.get('height')} điểm ảnh), không đủ để đọc rõ chữ. `
      : 'Ảnh quá nhỏ, không đủ để đọc rõ chữ. ') +
    `Ảnh cần có kích thước tối thiểu ${v.get('minWidth')} × ${v.get('minHeight')} điểm ảnh. ` +
    'Hãy dùng ảnh gốc chụp bằng điện thoại, không dùng ảnh đã bị thu nhỏ như ảnh gửi qua ứng dụng nhắn tin.',
  tooManyPages: (v) =>
    (v.has('pages')
      ? `Tệp PDF có ${v.get('pages')} trang, vượt quá mức tối đa ${v.get('maxPages')} trang. `
      : `Tệp PDF có nhiều hơn ${v.get('maxPages')} trang. `) +
    'Hãy chỉ giữ lại những trang cần thiết hoặc tách thành nhiều tệp.',
  tooManyPixels: (v) =>
    `Ảnh có độ phân giải quá lớn (trên ${v.get('maxPixels')} megapixel). ` +
    'Hãy giảm kích thước ảnh hoặc chụp lại ở độ phân giải thấp hơn.',
};

const EN: Messages = {
  empty: () => 'The file is empty. Choose the file again or take the photo again.',
  tooLarge: (v) => `The file is larger than ${v.get('maxBytes')} MB. Take the photo again or choose a smaller file.`,
  unsupportedType: () =>
    'Only JPG or PNG photos and PDF files are accepted. Photograph the document or save the file as a PDF, then upload it again.',
  unreadable: () =>
    'The file could not be read: it may be damaged, incompletely uploaded or password-protected. ' +
    'Take the photo again, or save the PDF again without a password, and retry.',
  tooSmall: (v) =>
    (v.has('width', 'height')
      ? `The photo is too small (${v.get('width')} × ${v.get('height')} pixels) for the text to be read clearly. `
      : 'The photo is too small for the text to be read clearly. ') +
    `It must be at least ${v.get('minWidth')} × ${v.get('minHeight')} pixels. ` +
    'Use the original photo from the phone, not a reduced copy such as one sent through a messaging app.',
  tooManyPages: (v) =>
    (v.has('pages')
      ? `The PDF has ${v.get('pages')} pages, more than the maximum of ${v.get('maxPages')}. `
      : `The PDF has more than ${v.get('maxPages')} pages. `) +
    'Keep only the pages that are needed, or split it into several files.',
  tooManyPixels: (v) =>
    `The image resolution is too high (more than ${v.get('maxPixels')} megapixels). ` +
    'Reduce the image size or take the photo again at a lower resolution.',
};

/** Detail values in the units the messages quote. */
function scaled(detail: UploadErrorDetail | undefined): Record<string, number> {
  const out: Record<string, number> = { ...DEFAULTS, ...detail };
  if (detail?.maxBytes !== undefined) out.maxBytes = detail.maxBytes / MIB;
  if (detail?.maxPixels !== undefined) out.maxPixels = detail.maxPixels / 1e6;
  return out;
}

export function uploadErrorMessage(error: UploadError, locale: Locale, detail?: UploadErrorDetail): string {
  const format = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const numbers = scaled(detail);
  const values: Values = {
    get: (key) => format.format(numbers[key] ?? Number.NaN),
    has: (...keys) => keys.every((key) => numbers[key] !== undefined),
  };
  return (locale === 'vi' ? VI : EN)[error](values).normalize('NFC');
}
