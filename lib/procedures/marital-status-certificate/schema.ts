import { z } from 'zod';
import { email, freeText, isoDate, longText, oneOf, phone } from '../fields';

/*
 * Marital-status certificate (procedures.md §8), one schema per page of the e-form. The status is
 * the databases' when they record it; the applicant may only report a mismatch, which becomes a
 * note to the officer.
 */

export const STATUSES = ['neverMarried', 'married', 'divorced', 'widowed'] as const;
export type CertifiedStatus = (typeof STATUSES)[number];
export const PURPOSES = ['marryInVietnam', 'marryAbroad', 'other'] as const;
export const PREVIOUS_CHOICES = ['returned', 'notReturned'] as const;

export const applicantStep = z.object({ phone, email });

export const registryStep = z.object({ registryCode: z.string().regex(/^\d{5}$/, 'validation.choose') });

export const statusStep = z.object({ maritalStatus: oneOf(STATUSES), mismatchNote: longText(1000, false) });

/** A past residence during the period asked for (one; more are told in the note). */
export const residenceStep = z
  .object({
    livedElsewhere: z.boolean(),
    previousAddress: freeText(200, false),
    previousFrom: z.union([z.literal(''), isoDate]),
    previousTo: z.union([z.literal(''), isoDate]),
  })
  .superRefine((r, ctx) => {
    if (!r.livedElsewhere) return;
    if (!r.previousAddress) ctx.addIssue({ code: 'custom', path: ['previousAddress'], message: 'validation.required' });
    if (!r.previousFrom) ctx.addIssue({ code: 'custom', path: ['previousFrom'], message: 'validation.required' });
    if (!r.previousTo) ctx.addIssue({ code: 'custom', path: ['previousTo'], message: 'validation.required' });
    if (r.previousFrom && r.previousTo && r.previousTo < r.previousFrom) ctx.addIssue({ code: 'custom', path: ['previousTo'], message: 'maritalCert.refusals.periodOrder' });
  });

const MARRY = ['marryInVietnam', 'marryAbroad'];

export const purposeStep = z
  .object({
    purpose: oneOf(PURPOSES),
    otherPurpose: freeText(200, false),
    spouseFullName: freeText(100, false),
    spouseDateOfBirth: z.union([z.literal(''), isoDate]),
    spouseNationality: freeText(60, false),
    spouseIdDocument: freeText(60, false),
    country: freeText(60, false),
  })
  .superRefine((p, ctx) => {
    const need = (field: keyof typeof p) => {
      if (!p[field]) ctx.addIssue({ code: 'custom', path: [field], message: 'validation.required' });
    };
    if (p.purpose === 'other') need('otherPurpose');
    if (MARRY.includes(p.purpose)) for (const f of ['spouseFullName', 'spouseDateOfBirth', 'spouseNationality', 'spouseIdDocument'] as const) need(f);
    if (p.purpose === 'marryAbroad') need('country');
  });

/** Applying again for marriage: the earlier certificate is returned, or the applicant says why not (Circular 04/2020 Art. 12). */
export const previousStep = z
  .object({ previousChoice: oneOf(PREVIOUS_CHOICES), previousReason: longText(1000, false) })
  .superRefine((p, ctx) => {
    if (p.previousChoice === 'notReturned' && !p.previousReason) ctx.addIssue({ code: 'custom', path: ['previousReason'], message: 'validation.required' });
  });

export const documentsStep = z.object({ divorceJudgment: z.array(z.uuid()).default([]) });

export const STEP_SCHEMAS = {
  applicant: applicantStep,
  registry: registryStep,
  status: statusStep,
  residence: residenceStep,
  purpose: purposeStep,
  previous: previousStep,
  documents: documentsStep,
} as const;

export type StepId = keyof typeof STEP_SCHEMAS;
export type MaritalCertAnswers = { [K in StepId]?: z.output<(typeof STEP_SCHEMAS)[K]> } & { declaration?: { agreed: true } };
