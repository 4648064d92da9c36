import { z } from 'zod';
import { parsePersonalId } from '@/lib/identity/personal-id';
import { contactPhone, email, freeText, longText, oneOf } from '../fields';

/*
 * Confirmation of civil-status information asked by an organisation (procedures.md §10; Circular
 * 01/2022 Art. 8(2)): who asks and under what authority, the persons concerned — a list of
 * personal ID numbers or criteria over the register — and the scope of what may be disclosed.
 */

export const SELECTIONS = ['idList', 'criteria'] as const;
/** What the letter may disclose (Art. 8(3)): every event of each person, their registrations only, or counts only. */
export const SCOPES = ['fullHistory', 'registrationOnly', 'statisticsOnly'] as const;
export type Scope = (typeof SCOPES)[number];
/** At most this many persons per letter: beyond, the organisation narrows its request. */
export const MAX_PERSONS = 200;
/** Statistics over a list of ID numbers need at least this many people, or the counts describe individuals. */
export const SMALLEST_LIST_FOR_STATISTICS = 10;
/** The widest range of birth years one request may cover. */
export const MAX_YEARS = 30;

/** Personal ID numbers in a typed or imported list: one per line, or separated by commas, semicolons or spaces. */
export function idsOf(list: string): string[] {
  return [...new Set(list.split(/[\s,;]+/).filter(Boolean))];
}

export const organisationStep = z.object({
  organisationName: freeText(200),
  representativeName: freeText(120),
  position: freeText(120),
  legalAuthority: longText(500),
  letterReference: freeText(120),
  phone: contactPhone,
  email,
});

export const registryStep = z.object({ registryCode: z.string().regex(/^\d{5}$/, 'validation.choose') });

const year = z.string().trim().regex(/^(\d{4})?$/, 'orgConfirm.validation.year');

export const personsStep = z
  .object({
    selection: oneOf(SELECTIONS),
    personalIds: z.string().max(20_000).default(''),
    birthYearFrom: year.default(''),
    birthYearTo: year.default(''),
    communeCode: z.string().regex(/^(\d{5})?$/, 'validation.choose').default(''),
    parentIds: z.string().max(2_000).default(''),
  })
  .superRefine((p, ctx) => {
    const badIds = (list: string, path: string) => {
      const ids = idsOf(list);
      const bad = ids.find((id) => !parsePersonalId(id).ok);
      if (bad) ctx.addIssue({ code: 'custom', path: [path], message: 'orgConfirm.validation.personalIds' });
      return ids;
    };
    if (p.selection === 'idList') {
      const ids = badIds(p.personalIds, 'personalIds');
      if (ids.length === 0) ctx.addIssue({ code: 'custom', path: ['personalIds'], message: 'validation.required' });
      if (ids.length > MAX_PERSONS) ctx.addIssue({ code: 'custom', path: ['personalIds'], message: 'orgConfirm.validation.tooMany' });
      return;
    }
    if (!p.birthYearFrom) ctx.addIssue({ code: 'custom', path: ['birthYearFrom'], message: 'validation.required' });
    if (!p.birthYearTo) ctx.addIssue({ code: 'custom', path: ['birthYearTo'], message: 'validation.required' });
    if (p.birthYearFrom && p.birthYearTo && (Number(p.birthYearFrom) > Number(p.birthYearTo) || Number(p.birthYearFrom) < 1900 || Number(p.birthYearTo) - Number(p.birthYearFrom) >= MAX_YEARS)) {
      ctx.addIssue({ code: 'custom', path: ['birthYearTo'], message: 'orgConfirm.validation.yearRange' });
    }
    badIds(p.parentIds, 'parentIds');
    if (!p.communeCode && !idsOf(p.parentIds).length) ctx.addIssue({ code: 'custom', path: ['communeCode'], message: 'orgConfirm.validation.narrow' });
  });

export const requestStep = z.object({ scope: oneOf(SCOPES), purpose: longText(500) });

export const documentsStep = z.object({ officialLetter: z.array(z.uuid()).default([]) });

export const STEP_SCHEMAS = {
  organisation: organisationStep,
  registry: registryStep,
  persons: personsStep,
  request: requestStep,
  documents: documentsStep,
} as const;

export type StepId = keyof typeof STEP_SCHEMAS;
export type OrganisationAnswers = { [K in StepId]?: z.output<(typeof STEP_SCHEMAS)[K]> } & { declaration?: { agreed: true } };
