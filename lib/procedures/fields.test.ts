import { describe, expect, it } from 'vitest';
import { longText, namePart, personalId, phone } from './fields';

describe('field kinds', () => {
  it('stores names NFC with single spaces', () => {
    expect(namePart(true).parse('  Khô\u0301i '.normalize('NFD'))).toBe('Khối'.normalize('NFC'));
    expect(namePart(true).safeParse('Khôi2').success).toBe(false);
  });

  it('keeps the paragraphs of a written reason', () => {
    expect(longText(100).parse('Thiếu  giấy tờ.\r\n\r\n\r\nVui lòng   bổ sung. ')).toBe('Thiếu giấy tờ.\n\nVui lòng bổ sung.');
  });

  it('normalises phone numbers and gives the personal ID reason as the message', () => {
    expect(phone.parse('0912 345.678')).toBe('0912345678');
    const result = personalId.safeParse('00119501234');
    expect(result.success ? '' : result.error.issues[0]?.message).toBe('personalId.length');
  });
});
