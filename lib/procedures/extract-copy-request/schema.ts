import { z } from 'zod';
import { requesterStep } from '../requester';
import { freeText, isoDate, oneOf } from '../fields';

/*
 * Copy of a civil-status extract or birth certificate (procedures.md §9), one schema per page of
 * the e-form. The request identifies a register entry either by its registration details
 * (Circular 01/2022 Art. 7(1)) or by the names and dates of birth of the people concerned (Art. 7(2)).
 */

export const DOCUMENT_KINDS = ['birthCertificateCopy', 'marriageExtract', 'deathExtract'] as const;
export type CopiedDocument = (typeof DOCUMENT_KINDS)[number];
export const LOOKUPS = ['byRegistrationDetails', 'byPersonalDetails'] as const;
export const COPY_COUNTS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'] as const;

/** The register's event type of each document asked for. */
export const EVENT_OF: Record<CopiedDocument, 'birth' | 'marriage' | 'death'> = { birthCertificateCopy: 'birth', marriageExtract: 'marriage', deathExtract: 'death' };

const optionalDate = z.union([z.literal(''), isoDate]);

export const applicantStep = requesterStep;

export const registryStep = z.object({ registryCode: z.string().regex(/^\d{5}$/, 'validation.choose') });

export const requestStep = z.object({ documentKind: oneOf(DOCUMENT_KINDS), lookup: oneOf(LOOKUPS), copies: oneOf(COPY_COUNTS) });

export const entryStep = z.object({
  entryRegistry: z.string().regex(/^\d{5}$/, 'validation.choose'),
  entryNumber: freeText(20),
  registeredOn: isoDate,
});

const fullName = freeText(100);
const optionalName = freeText(100, false);

export const birthPersonsStep = z
  .object({ childFullName: fullName, childDateOfBirth: isoDate, motherFullName: optionalName, motherDateOfBirth: optionalDate, fatherFullName: optionalName, fatherDateOfBirth: optionalDate })
  .superRefine((p, ctx) => {
    if (p.motherDateOfBirth && !p.motherFullName) ctx.addIssue({ code: 'custom', path: ['motherFullName'], message: 'validation.required' });
    if (p.fatherDateOfBirth && !p.fatherFullName) ctx.addIssue({ code: 'custom', path: ['fatherFullName'], message: 'validation.required' });
  });

export const marriagePersonsStep = z.object({ wifeFullName: fullName, wifeDateOfBirth: isoDate, husbandFullName: fullName, husbandDateOfBirth: isoDate });

export const deathPersonsStep = z.object({ deceasedFullName: fullName, deceasedDateOfBirth: isoDate, dateOfDeath: optionalDate });

export const documentsStep = z.object({ authorisation: z.array(z.uuid()).default([]) });

export const STEP_SCHEMAS = {
  applicant: applicantStep,
  registry: registryStep,
  request: requestStep,
  entry: entryStep,
  birthPersons: birthPersonsStep,
  marriagePersons: marriagePersonsStep,
  deathPersons: deathPersonsStep,
  documents: documentsStep,
} as const;

export type StepId = keyof typeof STEP_SCHEMAS;
export type CopyAnswers = { [K in StepId]?: z.output<(typeof STEP_SCHEMAS)[K]> } & { declaration?: { agreed: true } };
