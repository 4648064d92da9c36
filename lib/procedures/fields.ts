import { z } from 'zod';
import { parsePersonalId } from '@/lib/identity/personal-id';

/*
 * Field kinds shared by every procedure: each carries its validation once. Messages are message
 * ids under `validation.*`, translated where they are shown, so one schema serves the form
 * (zodResolver), the server action and submission in both languages.
 */

const nfc = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();

/** One part of a Vietnamese name (họ / chữ đệm / tên): letters, spaces, apostrophe, hyphen. */
export const namePart = (required: boolean) =>
  z
    .string()
    .transform(nfc)
    .pipe(
      required
        ? z.string().min(1, 'validation.required').max(50, 'validation.tooLong').regex(/^[\p{L}\p{M}' -]+$/u, 'validation.nameCharacters')
        : z.string().max(50, 'validation.tooLong').regex(/^[\p{L}\p{M}' -]*$/u, 'validation.nameCharacters'),
    );

/** A letter or comment: NFC, spaces tidied, but its line breaks kept (at most one blank line). */
export const longText = (max: number, required = true) =>
  z
    .string()
    .transform((s) => s.normalize('NFC').replace(/\r\n?/g, '\n').replace(/[^\S\n]+/g, ' ').replace(/ *\n */g, '\n').replace(/\n{3,}/g, '\n\n').trim())
    .pipe(required ? z.string().min(1, 'validation.required').max(max, 'validation.tooLong') : z.string().max(max, 'validation.tooLong'));

export const freeText = (max: number, required = true) =>
  z
    .string()
    .transform(nfc)
    .pipe(required ? z.string().min(1, 'validation.required').max(max, 'validation.tooLong') : z.string().max(max, 'validation.tooLong'));

/** An ISO date that is a real calendar date. */
export const isoDate = z
  .string()
  .min(1, 'validation.required')
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'validation.date')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'validation.date');

export const timeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'validation.time');

/** A personal ID number: normalised; the reason for a malformed one is its own message. */
export const personalId = z
  .string()
  .transform((s) => s.replace(/[\s.]/g, ''))
  .superRefine((s, ctx) => {
    const parsed = parsePersonalId(s);
    if (!parsed.ok) ctx.addIssue({ code: 'custom', message: `personalId.${parsed.error}` });
  });

export const phone = z
  .string()
  .transform((s) => s.replace(/[\s.-]/g, ''))
  .pipe(z.string().regex(/^0\d{9}$/, 'validation.phone'));

/** An office's contact number: a mobile (10 digits) or a landline with its area code (11 digits, 02…). */
export const contactPhone = z
  .string()
  .transform((s) => s.replace(/[\s.()-]/g, ''))
  .pipe(z.string().regex(/^0(\d{9}|2\d{9})$/, 'validation.contactPhone'));

export const email = z.string().trim().pipe(z.union([z.literal(''), z.email('validation.email')]));

export function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: 'validation.choose' });
}

/** The declaration every e-form ends with (procedures.md, RESULT): ticked at submission. */
export const declaration = z.object({ agreed: z.literal(true, { error: 'validation.declaration' }) });
