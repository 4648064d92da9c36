import { describe, expect, it } from 'vitest';
import { isoDateOfValue, printedDate, sexOfValue } from './amended-values';

describe('values typed for an amendment, as the documents print them', () => {
  it('reads a date as day/month/year and refuses what is not a calendar date', () => {
    expect(isoDateOfValue('15/11/2025')).toBe('2025-11-15');
    expect(isoDateOfValue(' 5/3/2025 ')).toBe('2025-03-05');
    expect(isoDateOfValue('05-03-2025')).toBe('2025-03-05');
    expect(isoDateOfValue('29/02/2024')).toBe('2024-02-29');
    expect(isoDateOfValue('29/02/2025')).toBeNull();
    expect(isoDateOfValue('31/04/2025')).toBeNull();
    expect(isoDateOfValue('2025-11-15')).toBeNull();
    expect(isoDateOfValue('15/11/2025, 08:40')).toBeNull();
    expect(printedDate('2025-03-05')).toBe('05/03/2025');
  });

  it('reads a sex as Nam / Nữ in any case, composed or not', () => {
    expect(sexOfValue('Nam')).toBe('male');
    expect(sexOfValue('NỮ')).toBe('female');
    expect(sexOfValue('N\u01b0\u0303')).toBe('female');
    expect(sexOfValue('female')).toBe('female');
    expect(sexOfValue('con gái')).toBeNull();
  });
});
