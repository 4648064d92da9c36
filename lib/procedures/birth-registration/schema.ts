import { z } from 'zod';
import { ETHNICITIES } from '@/lib/reference/ethnicities';
import { email, freeText, isoDate, namePart, oneOf, personalId, phone, timeOfDay } from '../fields';

/*
 * Birth registration (procedures.md §1), one schema per page of the e-form. Plain zod: the form,
 * the save-step action and the final submission all parse with these.
 */

export const RELATIONSHIPS = ['mother', 'father', 'grandparent', 'relative', 'carer', 'authorised'] as const;
const ethnicityCodes = ETHNICITIES.map((e) => e.code) as [string, ...string[]];

export const registryStep = z.object({ registryCode: z.string().regex(/^\d{5}$/, 'validation.choose') });

export const applicantStep = z.object({
  relationship: oneOf(RELATIONSHIPS),
  phone,
  email,
});

export const motherStep = z.object({ personalId });

export const fatherStep = z.discriminatedUnion('status', [
  z.object({ status: z.literal('provided'), personalId }),
  z.object({ status: z.literal('notDeclared') }),
], { error: 'validation.choose' });

export const childStep = z
  .object({
    surname: namePart(true),
    middleName: namePart(false),
    givenName: namePart(true),
    sex: oneOf(['male', 'female']),
    dateOfBirth: isoDate,
    timeOfBirth: z.union([z.literal(''), timeOfDay]),
    placeOfBirthKind: oneOf(['healthFacility', 'other']),
    placeOfBirth: freeText(200),
    ethnicityCode: z.enum(ethnicityCodes, { error: 'validation.choose' }),
    homeTownKind: oneOf(['sameAsFather', 'sameAsMother', 'other']),
    homeTown: freeText(200, false),
  })
  .refine((c) => c.homeTownKind !== 'other' || c.homeTown.length > 0, { path: ['homeTown'], message: 'validation.required' });

export const documentsStep = z.object({
  witnessStatement: z.array(z.uuid()).default([]),
  authorisation: z.array(z.uuid()).default([]),
});

export const bundleStep = z.object({
  residence: z.boolean(),
  healthInsurance: z.boolean(),
});

export const STEP_SCHEMAS = {
  registry: registryStep,
  applicant: applicantStep,
  mother: motherStep,
  father: fatherStep,
  child: childStep,
  documents: documentsStep,
  bundle: bundleStep,
} as const;

export type StepId = keyof typeof STEP_SCHEMAS;
export type BirthAnswers = { [K in StepId]?: z.output<(typeof STEP_SCHEMAS)[K]> } & { declaration?: { agreed: true } };
