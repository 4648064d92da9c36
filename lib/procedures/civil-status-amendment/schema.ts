import { z } from 'zod';
import { requesterStep } from '../requester';
import { freeText, longText, oneOf } from '../fields';

/*
 * Change, correction, supplement of civil-status information and ethnicity re-determination
 * (procedures.md §6; Law on Civil Status Arts. 26–29), one schema per page of the e-form. The
 * applicant picks one of the registered events of the person concerned, then up to three printed
 * fields of it, each with the requested value and the reason.
 */

export const AMENDMENT_TYPES = ['change', 'correction', 'supplement', 'ethnicityRedetermination'] as const;
export type AmendmentType = (typeof AMENDMENT_TYPES)[number];
/** How many fields one application may amend. */
export const ITEM_SLOTS = [1, 2, 3] as const;

export const applicantStep = requesterStep;

export const recordStep = z.object({ recordId: z.uuid({ error: 'validation.choose' }), amendmentType: oneOf(AMENDMENT_TYPES) });

const optionalField = z.union([z.literal(''), z.string().max(80)]);
export const itemsStep = z
  .object({
    item1Field: z.string().min(1, 'validation.choose').max(80),
    item1Value: freeText(200),
    item1Reason: longText(500),
    item2Field: optionalField.default(''),
    item2Value: freeText(200, false),
    item2Reason: longText(500, false),
    item3Field: optionalField.default(''),
    item3Value: freeText(200, false),
    item3Reason: longText(500, false),
  })
  .superRefine((items, ctx) => {
    for (const n of [2, 3] as const) {
      if (!items[`item${n}Field`]) continue;
      if (!items[`item${n}Value`]) ctx.addIssue({ code: 'custom', path: [`item${n}Value`], message: 'validation.required' });
      if (!items[`item${n}Reason`]) ctx.addIssue({ code: 'custom', path: [`item${n}Reason`], message: 'validation.required' });
    }
  });

export const registryStep = z.object({ registryCode: z.string().regex(/^\d{5}$/, 'validation.choose') });

export const documentsStep = z.object({ proof: z.array(z.uuid()).default([]), consentStatement: z.array(z.uuid()).default([]) });

export const STEP_SCHEMAS = { applicant: applicantStep, record: recordStep, items: itemsStep, registry: registryStep, documents: documentsStep } as const;
export type StepId = keyof typeof STEP_SCHEMAS;
export type AmendmentAnswers = { [K in StepId]?: z.output<(typeof STEP_SCHEMAS)[K]> } & { declaration?: { agreed: true } };

/** The items asked for, in order. */
export function itemsOf(answers: AmendmentAnswers): { slot: number; field: string; value: string; reason: string }[] {
  const items = answers.items;
  if (!items) return [];
  return ITEM_SLOTS.map((slot) => ({ slot, field: items[`item${slot}Field`], value: items[`item${slot}Value`].normalize('NFC').trim(), reason: items[`item${slot}Reason`] })).filter((i) => i.field);
}
