import { legacyProvinceByPrefix, type LegacyProvince } from '@/lib/reference/legacy';

/*
 * The 12-digit personal identification number (identity-numbers.md):
 *   PPP G YY RRRRRR — place of birth registration, century+sex, year of birth, random sequence.
 * There is no check digit: a well-formed number can still be wrong, so the population database
 * look-up is the real test. Numbers are strings; leading zeros matter.
 */

export type Sex = 'male' | 'female' | 'undetermined';

/** Reasons a number is malformed. Each has its own message in both languages (messages/*.json). */
export type PersonalIdError = 'required' | 'notDigits' | 'length' | 'unknownProvince';

/** Inconsistencies with a known sex / date of birth: warnings for the officer, not hard blocks. */
export type PersonalIdWarning = 'centuryMismatch' | 'sexMismatch' | 'yearMismatch';

export type ParsedPersonalId = {
  personalId: string;
  prefix: string;
  registeredIn: LegacyProvince;
  /** Sex encoded in the number. */
  sex: 'male' | 'female';
  /** First year of the encoded century, e.g. 1900 or 2000. */
  century: number;
  /** Two-digit year of birth. */
  yearOfCentury: number;
  birthYear: number;
  sequence: string;
};

export type PersonalIdResult =
  | { ok: true; value: ParsedPersonalId; warnings: PersonalIdWarning[] }
  | { ok: false; error: PersonalIdError };

/** Strips the spaces and dots people type or paste ("001 195 012.345"). */
export function normalisePersonalId(input: string): string {
  return input.replace(/[\s.]/g, '');
}

export function parsePersonalId(input: string): PersonalIdResult {
  const personalId = normalisePersonalId(input);
  if (personalId === '') return { ok: false, error: 'required' };
  if (!/^\d+$/.test(personalId)) return { ok: false, error: 'notDigits' };
  if (personalId.length !== 12) return { ok: false, error: 'length' };
  const prefix = personalId.slice(0, 3);
  const registeredIn = legacyProvinceByPrefix(prefix);
  if (!registeredIn) return { ok: false, error: 'unknownProvince' };
  const g = Number(personalId[3]);
  const century = 1900 + Math.floor(g / 2) * 100;
  const yearOfCentury = Number(personalId.slice(4, 6));
  return {
    ok: true,
    warnings: [],
    value: {
      personalId,
      prefix,
      registeredIn,
      sex: g % 2 === 0 ? 'male' : 'female',
      century,
      yearOfCentury,
      birthYear: century + yearOfCentury,
      sequence: personalId.slice(6),
    },
  };
}

/**
 * Parses and, when the person's sex and date of birth are known, checks that the number agrees
 * with them. "Undetermined" sex skips the sex part of the check (identity-numbers.md rule 4).
 */
export function validatePersonalId(
  input: string,
  person: { sex?: Sex; dateOfBirth?: string } = {},
): PersonalIdResult {
  const result = parsePersonalId(input);
  if (!result.ok || !person.dateOfBirth) return result;
  const year = Number(person.dateOfBirth.slice(0, 4));
  const warnings: PersonalIdWarning[] = [];
  if (Math.floor(year / 100) * 100 !== result.value.century) warnings.push('centuryMismatch');
  if (person.sex && person.sex !== 'undetermined' && person.sex !== result.value.sex) warnings.push('sexMismatch');
  if (year % 100 !== result.value.yearOfCentury) warnings.push('yearMismatch');
  return { ...result, warnings };
}

/** The century+sex digit for a person: G = 2 × (century − 19) + (female ? 1 : 0). */
export function centurySexDigit(sex: 'male' | 'female', birthYear: number): number {
  const centuryIndex = Math.floor(birthYear / 100) - 19;
  if (centuryIndex < 0 || centuryIndex > 4) throw new RangeError(`No century digit for year ${birthYear}`);
  return 2 * centuryIndex + (sex === 'female' ? 1 : 0);
}

/**
 * Builds a number from its parts. `sequence` is the six-digit random part; the population
 * database chooses it and guarantees uniqueness.
 */
export function composePersonalId(prefix: string, sex: 'male' | 'female', birthYear: number, sequence: number): string {
  if (!legacyProvinceByPrefix(prefix)) throw new RangeError(`Unknown province prefix ${prefix}`);
  if (!Number.isInteger(sequence) || sequence < 0 || sequence > 999_999) throw new RangeError('Sequence out of range');
  return `${prefix}${centurySexDigit(sex, birthYear)}${String(birthYear % 100).padStart(2, '0')}${String(sequence).padStart(6, '0')}`;
}

/** "001195012345" → "001 195 012 345": groups of three are easier to read back on the phone. */
export function formatPersonalId(personalId: string): string {
  return personalId.replace(/(\d{3})(?=\d)/g, '$1 ');
}

/** "0011******45": how a number is shown to anyone but its owner and the competent officers. */
export function maskPersonalId(personalId: string): string {
  return personalId.length === 12 ? `${personalId.slice(0, 4)}******${personalId.slice(10)}` : '************';
}
