import { describe, expect, it } from 'vitest';
import { dateInWordsEn, dateInWordsVi, numberInWordsEn, numberInWordsVi, ordinalInWordsEn } from './date-in-words';
import { formatDateVi, parseIsoDate } from './iso-date';

describe('numberInWordsVi', () => {
  it.each([
    [0, 'không'],
    [1, 'một'],
    [4, 'bốn'],
    [5, 'năm'],
    [10, 'mười'],
    [11, 'mười một'],
    [14, 'mười bốn'],
    [15, 'mười lăm'],
    [20, 'hai mươi'],
    [21, 'hai mươi mốt'],
    [24, 'hai mươi bốn'],
    [25, 'hai mươi lăm'],
    [31, 'ba mươi mốt'],
    [105, 'một trăm linh năm'],
    [110, 'một trăm mười'],
    [111, 'một trăm mười một'],
    [1000, 'một nghìn'],
    [1995, 'một nghìn chín trăm chín mươi lăm'],
    [2000, 'hai nghìn'],
    [2001, 'hai nghìn không trăm linh một'],
    [2005, 'hai nghìn không trăm linh năm'],
    [2010, 'hai nghìn không trăm mười'],
    [2015, 'hai nghìn không trăm mười lăm'],
    [2021, 'hai nghìn không trăm hai mươi mốt'],
    [2024, 'hai nghìn không trăm hai mươi bốn'],
    [2025, 'hai nghìn không trăm hai mươi lăm'],
    [2026, 'hai nghìn không trăm hai mươi sáu'],
    [2100, 'hai nghìn một trăm'],
    [1900, 'một nghìn chín trăm'],
    [1971, 'một nghìn chín trăm bảy mươi mốt'],
    [21_000, 'hai mươi mốt nghìn'],
  ])('%i → %s', (n, words) => {
    expect(numberInWordsVi(n)).toBe(words);
  });

  it('rejects numbers it cannot read', () => {
    expect(() => numberInWordsVi(-1)).toThrow(RangeError);
    expect(() => numberInWordsVi(1.5)).toThrow(RangeError);
    expect(() => numberInWordsVi(1_000_000)).toThrow(RangeError);
  });
});

describe('dateInWordsVi', () => {
  it('writes the example from the birth registration form', () => {
    expect(dateInWordsVi('2026-11-15')).toBe('Ngày mười lăm, tháng mười một, năm hai nghìn không trăm hai mươi sáu');
  });

  it.each([
    ['2026-03-01', 'Ngày một, tháng ba, năm hai nghìn không trăm hai mươi sáu'],
    ['2026-03-04', 'Ngày bốn, tháng ba, năm hai nghìn không trăm hai mươi sáu'],
    ['2026-03-05', 'Ngày năm, tháng ba, năm hai nghìn không trăm hai mươi sáu'],
    ['2026-03-10', 'Ngày mười, tháng ba, năm hai nghìn không trăm hai mươi sáu'],
    ['2026-03-11', 'Ngày mười một, tháng ba, năm hai nghìn không trăm hai mươi sáu'],
    ['2026-03-14', 'Ngày mười bốn, tháng ba, năm hai nghìn không trăm hai mươi sáu'],
    ['2026-03-15', 'Ngày mười lăm, tháng ba, năm hai nghìn không trăm hai mươi sáu'],
    ['2026-03-20', 'Ngày hai mươi, tháng ba, năm hai nghìn không trăm hai mươi sáu'],
    ['2026-03-21', 'Ngày hai mươi mốt, tháng ba, năm hai nghìn không trăm hai mươi sáu'],
    ['2026-03-24', 'Ngày hai mươi bốn, tháng ba, năm hai nghìn không trăm hai mươi sáu'],
    ['2026-03-25', 'Ngày hai mươi lăm, tháng ba, năm hai nghìn không trăm hai mươi sáu'],
    ['2026-03-31', 'Ngày ba mươi mốt, tháng ba, năm hai nghìn không trăm hai mươi sáu'],
  ])('day of %s', (iso, words) => {
    expect(dateInWordsVi(iso)).toBe(words);
  });

  it.each([
    ['2000-01-01', 'Ngày một, tháng một, năm hai nghìn'],
    ['2001-02-02', 'Ngày hai, tháng hai, năm hai nghìn không trăm linh một'],
    ['2010-05-05', 'Ngày năm, tháng năm, năm hai nghìn không trăm mười'],
    ['2015-06-15', 'Ngày mười lăm, tháng sáu, năm hai nghìn không trăm mười lăm'],
    ['2021-07-21', 'Ngày hai mươi mốt, tháng bảy, năm hai nghìn không trăm hai mươi mốt'],
    ['2024-02-29', 'Ngày hai mươi chín, tháng hai, năm hai nghìn không trăm hai mươi bốn'],
    ['2025-09-02', 'Ngày hai, tháng chín, năm hai nghìn không trăm hai mươi lăm'],
    ['1995-12-25', 'Ngày hai mươi lăm, tháng mười hai, năm một nghìn chín trăm chín mươi lăm'],
  ])('year of %s', (iso, words) => {
    expect(dateInWordsVi(iso)).toBe(words);
  });

  it('names every month, April as "tháng tư"', () => {
    const months = Array.from({ length: 12 }, (_, i) => dateInWordsVi(`2026-${String(i + 1).padStart(2, '0')}-01`).split(', ')[1]);
    expect(months).toEqual([
      'tháng một', 'tháng hai', 'tháng ba', 'tháng tư', 'tháng năm', 'tháng sáu',
      'tháng bảy', 'tháng tám', 'tháng chín', 'tháng mười', 'tháng mười một', 'tháng mười hai',
    ]);
  });

  it('produces NFC text', () => {
    const words = dateInWordsVi('2024-11-24');
    expect(words).toBe(words.normalize('NFC'));
  });

  it('rejects what is not a calendar date', () => {
    for (const bad of ['2026-02-29', '2026-13-01', '2026-04-31', '2026-00-10', '15/11/2026', '2026-11-15T00:00:00Z', '']) {
      expect(() => dateInWordsVi(bad), bad).toThrow(RangeError);
    }
  });
});

describe('dateInWordsEn', () => {
  it('writes the example', () => {
    expect(dateInWordsEn('2026-11-15')).toBe('the fifteenth of November, two thousand and twenty-six');
  });

  it.each([
    [1, 'first'], [2, 'second'], [3, 'third'], [4, 'fourth'], [5, 'fifth'], [8, 'eighth'], [9, 'ninth'],
    [10, 'tenth'], [11, 'eleventh'], [12, 'twelfth'], [14, 'fourteenth'], [15, 'fifteenth'], [20, 'twentieth'],
    [21, 'twenty-first'], [22, 'twenty-second'], [23, 'twenty-third'], [24, 'twenty-fourth'], [25, 'twenty-fifth'],
    [30, 'thirtieth'], [31, 'thirty-first'],
  ])('ordinal %i → %s', (n, words) => {
    expect(ordinalInWordsEn(n)).toBe(words);
  });

  it.each([
    ['2000-01-01', 'the first of January, two thousand'],
    ['2001-02-04', 'the fourth of February, two thousand and one'],
    ['2010-03-10', 'the tenth of March, two thousand and ten'],
    ['2015-04-11', 'the eleventh of April, two thousand and fifteen'],
    ['2021-05-20', 'the twentieth of May, two thousand and twenty-one'],
    ['2024-02-29', 'the twenty-ninth of February, two thousand and twenty-four'],
    ['2025-08-25', 'the twenty-fifth of August, two thousand and twenty-five'],
    ['1995-12-31', 'the thirty-first of December, one thousand nine hundred and ninety-five'],
  ])('%s', (iso, words) => {
    expect(dateInWordsEn(iso)).toBe(words);
  });

  it('reads hundreds and thousands', () => {
    expect(numberInWordsEn(0)).toBe('zero');
    expect(numberInWordsEn(100)).toBe('one hundred');
    expect(numberInWordsEn(1900)).toBe('one thousand nine hundred');
    expect(numberInWordsEn(2105)).toBe('two thousand one hundred and five');
  });
});

describe('iso dates', () => {
  it('formats in figures as dd/mm/yyyy', () => {
    expect(formatDateVi('2026-11-05')).toBe('05/11/2026');
    expect(parseIsoDate('2000-02-29')).toEqual({ year: 2000, month: 2, day: 29 });
    expect(() => parseIsoDate('1900-02-29')).toThrow(RangeError);
  });
});
