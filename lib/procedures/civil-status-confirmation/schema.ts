import { z } from 'zod';
import { requesterStep } from '../requester';
import { freeText, longText, oneOf } from '../fields';

/*
 * Confirmation of civil-status information for an individual (procedures.md §10; Circular
 * 01/2022 Art. 8(1)), one schema per page of the e-form.
 */

/** Art. 8(1)(a) a changed event, (b) registered events, (c) inconsistent information. */
export const KINDS = ['changedEvent', 'registeredEvents', 'inconsistentInformation'] as const;
export type ConfirmationKind = (typeof KINDS)[number];
export const EVENTS = ['all', 'birth', 'marriage', 'death'] as const;

export const applicantStep = requesterStep;

export const registryStep = z.object({ registryCode: z.string().regex(/^\d{5}$/, 'validation.choose') });

export const requestStep = z.object({ kind: oneOf(KINDS), events: oneOf(EVENTS), purpose: longText(500), agencyRequest: z.boolean() });

const optional = freeText(200, false);
const required = freeText(200);

/** Type (c): each item that differs, the two values and the papers that carry them; the second item is optional. */
export const inconsistenciesStep = z
  .object({
    item1Information: required,
    item1FirstValue: required,
    item1FirstDocument: required,
    item1SecondValue: required,
    item1SecondDocument: required,
    item2Information: optional,
    item2FirstValue: optional,
    item2FirstDocument: optional,
    item2SecondValue: optional,
    item2SecondDocument: optional,
  })
  .superRefine((r, ctx) => {
    const second = ['item2Information', 'item2FirstValue', 'item2FirstDocument', 'item2SecondValue', 'item2SecondDocument'] as const;
    if (second.some((k) => r[k])) for (const k of second) if (!r[k]) ctx.addIssue({ code: 'custom', path: [k], message: 'validation.required' });
  });

export const documentsStep = z.object({ proofs: z.array(z.uuid()).default([]), authorisation: z.array(z.uuid()).default([]), agencyLetter: z.array(z.uuid()).default([]) });

export const STEP_SCHEMAS = {
  applicant: applicantStep,
  registry: registryStep,
  request: requestStep,
  inconsistencies: inconsistenciesStep,
  documents: documentsStep,
} as const;

export type StepId = keyof typeof STEP_SCHEMAS;
export type ConfirmationAnswers = { [K in StepId]?: z.output<(typeof STEP_SCHEMAS)[K]> } & { declaration?: { agreed: true } };
