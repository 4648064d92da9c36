import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LEGACY_PROVINCES } from '@/lib/reference';
import {
  composePersonalId,
  formatPersonalId,
  maskPersonalId,
  parsePersonalId,
  validatePersonalId,
} from './personal-id';

const prefixes = LEGACY_PROVINCES.map((p) => p.idPrefix);
const knownPrefix = fc.constantFrom(...prefixes);
const unknownPrefix = fc
  .integer({ min: 0, max: 999 })
  .map((n) => String(n).padStart(3, '0'))
  .filter((p) => !prefixes.includes(p));
const sex = fc.constantFrom('male' as const, 'female' as const);
const birthYear = fc.integer({ min: 1900, max: 2399 });
const sequence = fc.integer({ min: 0, max: 999_999 });

describe('personal identification number', () => {
  it('accepts the demo persona numbers and decodes them', () => {
    const lan = parsePersonalId('001195012345');
    expect(lan).toMatchObject({ ok: true, value: { prefix: '001', sex: 'female', birthYear: 1995, sequence: '012345' } });
    if (lan.ok) expect(lan.value.registeredIn.name).toBe('Thành phố Hà Nội');
    expect(parsePersonalId('079206000001')).toMatchObject({ ok: true, value: { sex: 'male', birthYear: 2006 } });
  });

  it('strips spaces and dots typed or pasted by people', () => {
    expect(parsePersonalId(' 001 195.012 345 ')).toMatchObject({ ok: true, value: { personalId: '001195012345' } });
  });

  it('rejects an empty number as required', () => {
    expect(parsePersonalId('  ')).toEqual({ ok: false, error: 'required' });
  });

  it('rejects any number with a non-digit as notDigits', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 14 }).filter((s) => /[^\d\s.]/.test(s)), (s) => {
        expect(parsePersonalId(s)).toEqual({ ok: false, error: 'notDigits' });
      }),
    );
  });

  it('rejects digit strings that are not 12 long as length', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{1,20}$/).filter((s) => s.length !== 12), (s) => {
        expect(parsePersonalId(s)).toEqual({ ok: false, error: 'length' });
      }),
    );
  });

  it('rejects a prefix outside the 63 province codes as unknownProvince', () => {
    fc.assert(
      fc.property(unknownPrefix, fc.stringMatching(/^\d{9}$/), (p, rest) => {
        expect(parsePersonalId(p + rest)).toEqual({ ok: false, error: 'unknownProvince' });
      }),
    );
    expect(parsePersonalId('003195012345')).toEqual({ ok: false, error: 'unknownProvince' });
  });

  it('round-trips: a composed number parses back to the same sex, year and province', () => {
    fc.assert(
      fc.property(knownPrefix, sex, birthYear, sequence, (p, s, y, q) => {
        const id = composePersonalId(p, s, y, q);
        const parsed = validatePersonalId(id, { sex: s, dateOfBirth: `${y}-06-15` });
        expect(parsed).toMatchObject({ ok: true, warnings: [], value: { prefix: p, sex: s, birthYear: y } });
      }),
    );
  });

  it('warns when the century digit disagrees with the date of birth', () => {
    // Lan was born in 1995: a 2000s digit (3) is inconsistent.
    expect(validatePersonalId('001395012345', { sex: 'female', dateOfBirth: '1995-03-12' })).toMatchObject({
      ok: true,
      warnings: ['centuryMismatch'],
    });
  });

  it('warns when the sex digit disagrees with the sex', () => {
    expect(validatePersonalId('001095012345', { sex: 'female', dateOfBirth: '1995-03-12' })).toMatchObject({
      ok: true,
      warnings: ['sexMismatch'],
    });
  });

  it('warns when the year digits disagree with the year of birth', () => {
    expect(validatePersonalId('001196012345', { sex: 'female', dateOfBirth: '1995-03-12' })).toMatchObject({
      ok: true,
      warnings: ['yearMismatch'],
    });
  });

  it('skips the sex check when the sex is undetermined', () => {
    fc.assert(
      fc.property(knownPrefix, sex, birthYear, sequence, (p, s, y, q) => {
        const id = composePersonalId(p, s, y, q);
        expect(validatePersonalId(id, { sex: 'undetermined', dateOfBirth: `${y}-01-01` })).toMatchObject({ warnings: [] });
      }),
    );
  });

  it('any wrong sex is reported, and only that', () => {
    fc.assert(
      fc.property(knownPrefix, sex, birthYear, sequence, (p, s, y, q) => {
        const other = s === 'male' ? 'female' : 'male';
        expect(validatePersonalId(composePersonalId(p, s, y, q), { sex: other, dateOfBirth: `${y}-01-01` })).toMatchObject({
          warnings: ['sexMismatch'],
        });
      }),
    );
  });

  it('formats in groups of three and masks all but the owner-identifying ends', () => {
    expect(formatPersonalId('001195012345')).toBe('001 195 012 345');
    expect(maskPersonalId('001195012345')).toBe('0011******45');
  });
});
