import { describe, expect, it } from 'vitest';
import { nameKey, namesMatch } from './name-key';

describe('Art. 7(2): names are matched without diacritics, case or the middle name', () => {
  it('folds diacritics and đ, and keeps the surname and the given name', () => {
    expect(nameKey('Hoàng Văn Bình')).toBe('hoang binh');
    expect(nameKey('  ĐẶNG   quốc HÙNG ')).toBe('dang hung');
    expect(nameKey('Hoang Binh')).toBe('hoang binh');
    expect(nameKey('Lan')).toBe('lan');
    expect(nameKey('')).toBe('');
  });

  it('accepts an omitted middle name but not a different one', () => {
    expect(namesMatch('hoang binh', 'Hoàng Văn Bình')).toBe(true);
    expect(namesMatch('HOANG VAN BINH', 'Hoàng Văn Bình')).toBe(true);
    expect(namesMatch('Trần Mạnh Quý', 'Trần Văn Quý')).toBe(false);
    expect(namesMatch('Hoàng Văn Bính', 'Hoàng Văn Bình')).toBe(true);
    expect(namesMatch('Hoàng Bình Văn', 'Hoàng Văn Bình')).toBe(false);
  });
});
