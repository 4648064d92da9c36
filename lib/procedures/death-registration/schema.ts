import { z } from 'zod';
import { email, freeText, isoDate, oneOf, personalId, phone, timeOfDay } from '../fields';

/*
 * Death registration (procedures.md §2), one schema per page of the e-form. Plain zod: the form,
 * the save-page action and the final submission all parse with these.
 */

export const DEATH_RELATIONSHIPS = ['spouse', 'child', 'parent', 'relative', 'organisation', 'authorised'] as const;
export const PLACE_OF_DEATH_KINDS = ['healthFacility', 'residence', 'other'] as const;
export const NOTICE_ISSUERS = ['healthFacility', 'court', 'police', 'executionCouncil', 'commune'] as const;
/** Banks an allowance can be paid into (reconstructed list; the social-insurance side decides). */
export const BANKS = ['VCB', 'BIDV', 'AGRIBANK', 'VIETINBANK', 'TECHCOMBANK', 'MB', 'ACB', 'VPBANK'] as const;

export const registryStep = z.object({ registryCode: z.string().regex(/^\d{5}$/, 'validation.choose') });

export const applicantStep = z.object({ relationship: oneOf(DEATH_RELATIONSHIPS), phone, email });

export const deceasedStep = z.object({ personalId });

export const deathStep = z.object({
  dateOfDeath: isoDate,
  timeOfDeath: z.union([z.literal(''), timeOfDay]),
  placeOfDeathKind: oneOf(PLACE_OF_DEATH_KINDS),
  placeOfDeath: freeText(200),
  cause: freeText(200),
  noticeIssuedBy: oneOf(NOTICE_ISSUERS),
  noticeNumber: freeText(40, false),
  noticeDate: z.union([z.literal(''), isoDate]),
});

export const documentsStep = z.object({
  deathNotice: z.array(z.uuid()).default([]),
  authorisation: z.array(z.uuid()).default([]),
});

/** The death bundle (Decree 63/2024): a benefit needs its recipient and a bank account. */
export const bundleStep = z
  .object({
    residenceDeletion: z.boolean(),
    funeralAllowance: z.boolean(),
    survivorAllowance: z.boolean(),
    recipientPersonalId: z.union([z.literal(''), personalId]),
    bankAccount: z.string().transform((s) => s.replace(/[\s.-]/g, '')),
    bank: z.union([z.literal(''), z.enum(BANKS, { error: 'validation.choose' })]),
  })
  .superRefine((b, ctx) => {
    if (!b.funeralAllowance && !b.survivorAllowance) return;
    if (!b.recipientPersonalId) ctx.addIssue({ code: 'custom', path: ['recipientPersonalId'], message: 'validation.required' });
    if (!/^\d{6,19}$/.test(b.bankAccount)) ctx.addIssue({ code: 'custom', path: ['bankAccount'], message: 'validation.bankAccount' });
    if (!b.bank) ctx.addIssue({ code: 'custom', path: ['bank'], message: 'validation.choose' });
  });

export const STEP_SCHEMAS = {
  applicant: applicantStep,
  deceased: deceasedStep,
  registry: registryStep,
  death: deathStep,
  documents: documentsStep,
  bundle: bundleStep,
} as const;

export type StepId = keyof typeof STEP_SCHEMAS;
export type DeathAnswers = { [K in StepId]?: z.output<(typeof STEP_SCHEMAS)[K]> } & { declaration?: { agreed: true } };
