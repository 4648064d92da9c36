import { z } from 'zod';
import type { Person, PopulationRegistry } from '@/lib/population/types';
import type { Problem } from './contract';
import { email, oneOf, personalId, phone } from './fields';
import type { FieldDef } from './form-types';

/*
 * Who a request for someone's civil-status information is about, and whether the applicant may
 * make it (Law on Civil Status Art. 63–64; Circular 01/2022 Art. 8(3)): their own, their child's
 * under 18 (the population database names them as a parent), or someone else's under an
 * authorisation, which an officer reads before anything is issued.
 */

export const RELATIONSHIPS = ['self', 'parentOfMinor', 'authorised'] as const;
export type Requester = { relationship: (typeof RELATIONSHIPS)[number]; subjectPersonalId: string };

/** The applicant page of such a request: for whom, their number unless it is oneself, and how to reach the applicant. */
export const requesterStep = z
  .object({ relationship: oneOf(RELATIONSHIPS), subjectPersonalId: z.union([z.literal(''), personalId]), phone, email })
  .superRefine((a, ctx) => {
    if (a.relationship !== 'self' && !a.subjectPersonalId) ctx.addIssue({ code: 'custom', path: ['subjectPersonalId'], message: 'validation.required' });
  });

export const REQUESTER_FIELDS: FieldDef[] = [
  { name: 'relationship', kind: 'radio', options: RELATIONSHIPS },
  {
    name: 'subjectPersonalId',
    kind: 'personalId',
    showIf: { field: 'relationship', equals: ['parentOfMinor', 'authorised'] },
    lookup: { role: 'subject', kinship: { from: 'applicant.relationship', values: { parentOfMinor: 'minorChild' } } },
  },
  { name: 'phone', kind: 'text', inputMode: 'tel', autoComplete: 'tel' },
  { name: 'email', kind: 'text', inputMode: 'email', autoComplete: 'email', optional: true },
];
export type RequestSubject = { subject: Person | null; subjectIsMinorChild: boolean };

/** Age in whole years on a day (YYYY-MM-DD). */
export function ageOn(dateOfBirth: string, day: string): number {
  const years = Number(day.slice(0, 4)) - Number(dateOfBirth.slice(0, 4));
  return day.slice(5) < dateOfBirth.slice(5) ? years - 1 : years;
}

/** What the applicant page shows before it is answered: the applicant's own contact details. */
export function requesterDefaults(applicant: Person) {
  return { relationship: '', subjectPersonalId: '', phone: applicant.phone ?? '', email: applicant.email ?? '' };
}

export async function loadSubject(pop: Pick<PopulationRegistry, 'findPerson'>, applicant: Person, requester: Requester | undefined, today: string): Promise<RequestSubject> {
  if (!requester || requester.relationship === 'self') return { subject: applicant, subjectIsMinorChild: false };
  if (!requester.subjectPersonalId) return { subject: null, subjectIsMinorChild: false };
  const subject = await pop.findPerson(requester.subjectPersonalId);
  const parent = subject ? subject.motherPersonalId === applicant.personalId || subject.fatherPersonalId === applicant.personalId : false;
  return { subject, subjectIsMinorChild: Boolean(subject && parent && ageOn(subject.dateOfBirth, today) < 18) };
}

export function requesterProblems(requester: Requester | undefined, ctx: RequestSubject & { applicant: Person }): Problem[] {
  if (!requester || requester.relationship === 'self') return [];
  if (!ctx.subject) return [{ step: 'applicant', field: 'subjectPersonalId', message: 'requester.subjectUnknown' }];
  if (ctx.subject.personalId === ctx.applicant.personalId) return [{ step: 'applicant', field: 'relationship', message: 'requester.chooseSelf' }];
  if (requester.relationship === 'parentOfMinor' && !ctx.subjectIsMinorChild) return [{ step: 'applicant', field: 'subjectPersonalId', message: 'requester.notMinorChild' }];
  return [];
}
