import { describe, expect, it } from 'vitest';
import { wrapText } from './text-wrap';

// One unit per code point keeps the expectations readable.
const measure = (s: string) => Array.from(s).length;

describe('wrapText', () => {
  it('keeps short text on one line and gives no lines for empty text', () => {
    expect(wrapText('Việt Nam', measure, 20)).toEqual(['Việt Nam']);
    expect(wrapText('', measure, 20)).toEqual([]);
    expect(wrapText('   ', measure, 20)).toEqual([]);
  });

  it('breaks between words and collapses whitespace', () => {
    expect(wrapText('Bệnh viện  Phụ sản\nHà Nội, 929 đường La Thành', measure, 12)).toEqual([
      'Bệnh viện', 'Phụ sản Hà', 'Nội, 929', 'đường La', 'Thành',
    ]);
  });

  it('uses a different width after the first line', () => {
    expect(wrapText('một hai ba bốn năm sáu', measure, 4, 12)).toEqual(['một', 'hai ba bốn', 'năm sáu']);
  });

  it('leaves the first line empty when the first word only fits on the next ones', () => {
    expect(wrapText('Thành phố Hồ Chí Minh', measure, 3, 25)).toEqual(['', 'Thành phố Hồ Chí Minh']);
  });

  it('splits a word longer than a whole line by code points, never inside a letter', () => {
    const decomposed = 'NGUYỄNHOÀNGBẢONGỌC'.normalize('NFD');
    const lines = wrapText(decomposed, measure, 5);
    expect(lines).toEqual(['NGUYỄ', 'NHOÀN', 'GBẢON', 'GỌC']);
    expect(lines.every((l) => l === l.normalize('NFC'))).toBe(true);
  });

  it('always makes progress even when nothing fits', () => {
    expect(wrapText('abc', measure, 0)).toEqual(['a', 'b', 'c']);
  });
});
