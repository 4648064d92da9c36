import { z } from 'zod';
import { email, freeText, isoDate, oneOf, personalId, phone } from '../fields';

/*
 * Marriage registration (procedures.md §3), one schema per page of the e-form. The applicant is
 * one party (bride or groom) and names the other by personal ID number; both marital statuses
 * come from the databases, typed only when the databases cannot confirm them.
 */

export const PARTIES = ['groom', 'bride'] as const;
export type Party = (typeof PARTIES)[number];
/** `married` is shown when the databases say so, and then refuses the application. */
export const MARITAL_STATUSES = ['neverMarried', 'divorced', 'widowed', 'married'] as const;
export type MarriageMaritalStatus = (typeof MARITAL_STATUSES)[number];

export const applicantStep = z.object({ party: oneOf(PARTIES), phone, email });

export const otherPartyStep = z.object({ personalId });

export const registryStep = z.object({ registryCode: z.string().regex(/^\d{5}$/, 'validation.choose') });

/** The divorce judgment is asked only of a divorce the databases do not hold (crossChecks). */
export const statusStep = z.object({
  groomStatus: oneOf(MARITAL_STATUSES),
  groomCourt: freeText(120, false),
  groomJudgmentNumber: freeText(40, false),
  groomJudgmentDate: z.union([z.literal(''), isoDate]),
  brideStatus: oneOf(MARITAL_STATUSES),
  brideCourt: freeText(120, false),
  brideJudgmentNumber: freeText(40, false),
  brideJudgmentDate: z.union([z.literal(''), isoDate]),
});

/** The day the parties intend to marry: the age conditions are checked on it (Law on Marriage and Family Art. 8(1)(a)). */
export const ceremonyStep = z.object({ intendedDate: isoDate });

export const documentsStep = z.object({
  groomStatusCertificate: z.array(z.uuid()).default([]),
  brideStatusCertificate: z.array(z.uuid()).default([]),
  groomDivorceJudgment: z.array(z.uuid()).default([]),
  brideDivorceJudgment: z.array(z.uuid()).default([]),
});

export const STEP_SCHEMAS = {
  applicant: applicantStep,
  otherParty: otherPartyStep,
  registry: registryStep,
  status: statusStep,
  ceremony: ceremonyStep,
  documents: documentsStep,
} as const;

export type StepId = keyof typeof STEP_SCHEMAS;
export type MarriageAnswers = { [K in StepId]?: z.output<(typeof STEP_SCHEMAS)[K]> } & { declaration?: { agreed: true } };
export type AttachmentKind = keyof z.output<typeof documentsStep>;
