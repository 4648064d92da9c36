import { addDays, calendar } from '@/lib/calendar';
import { residenceCommune } from '@/lib/population/residence';
import type { Problem } from '../contract';
import type { MarriageContext, PartyRecord } from './context';
import { STEP_ORDER } from './form';
import { PARTIES, type AttachmentKind, type MarriageAnswers, type Party, type StepId } from './schema';
import { ageOn } from '../requester';

/** Full years from a date of birth to a day (shared with the other procedures). */
export { ageOn };

/** Minimum ages in full years on the day of marriage (Law on Marriage and Family 2014 Art. 8(1)(a)). */
export const MINIMUM_AGE: Record<Party, number> = { groom: 20, bride: 18 };

/** How far ahead the intended date may be: the calendar of working days is published about a year ahead. */
export const BOOKING_HORIZON_DAYS = 180;

/** Full years from a date of birth to a day. */

/** The groom and the bride, once the applicant has said which party she or he is. */
export function sides(answers: MarriageAnswers, ctx: Pick<MarriageContext, 'self' | 'other'>): Record<Party, PartyRecord | null> {
  const party = answers.applicant?.party;
  if (!party) return { groom: null, bride: null };
  return party === 'groom' ? { groom: ctx.self, bride: ctx.other } : { groom: ctx.other, bride: ctx.self };
}

/** Statuses the databases confirm: shown read-only on the status page. */
export function confirmedStatuses(answers: MarriageAnswers, ctx: MarriageContext): Record<string, string> {
  const s = sides(answers, ctx);
  const fixed: Record<string, string> = {};
  for (const party of PARTIES) {
    const status = s[party]?.status;
    if (status) fixed[`${party}Status`] = status;
  }
  return fixed;
}

/**
 * Evidence the databases cannot give: a marital-status certificate for a party whose status they
 * cannot confirm, and the judgment of a divorce they do not hold.
 */
export function requiredDocuments(answers: MarriageAnswers, ctx: MarriageContext): AttachmentKind[] {
  const s = sides(answers, ctx);
  const docs: AttachmentKind[] = [];
  for (const party of PARTIES) {
    const record = s[party];
    if (!record) continue;
    if (record.status === null) docs.push(`${party}StatusCertificate`);
    if (answers.status?.[`${party}Status`] === 'divorced' && record.status !== 'divorced') docs.push(`${party}DivorceJudgment`);
  }
  return docs;
}

export function visibleSteps(answers: MarriageAnswers, ctx: MarriageContext): StepId[] {
  const docs = requiredDocuments(answers, ctx);
  return STEP_ORDER.filter((s) => s !== 'documents' || docs.length > 0);
}

/** The communes where either party resides: the competent registries (Law on Civil Status Art. 17(1)). */
export function competentRegistries(ctx: Pick<MarriageContext, 'self' | 'other'>): string[] {
  return [ctx.self.person, ctx.other?.person].map((p) => (p ? residenceCommune(p) : null)).filter((c): c is string => c !== null);
}

/**
 * The conditions of Law on Marriage and Family Arts. 5 and 8 that the databases can check, each
 * refused on the page where it arises with a plain explanation; run on every save and at submission.
 */
export function crossChecks(answers: MarriageAnswers, ctx: MarriageContext): Problem[] {
  const problems: Problem[] = [];
  const { self, other } = ctx;
  const party = answers.applicant?.party;
  if (answers.applicant) {
    const field = { step: 'applicant', field: 'party' };
    if (self.status === 'married') problems.push({ ...field, message: 'marriage.refusals.selfMarried' });
    else if (party && self.person.sex !== (party === 'groom' ? 'male' : 'female')) problems.push({ ...field, message: 'marriage.refusals.partyNotSex' });
  }
  if (answers.otherParty) {
    const field = { step: 'otherParty', field: 'personalId' };
    if (!other) problems.push({ ...field, message: 'lookup.notFound' });
    else if (other.person.personalId === self.person.personalId) problems.push({ ...field, message: 'marriage.refusals.samePerson' });
    else if (other.dead) problems.push({ ...field, message: 'marriage.refusals.dead' });
    else if (other.person.sex === self.person.sex) problems.push({ ...field, message: 'marriage.refusals.sameSex' });
    else if (other.status === 'married') problems.push({ ...field, message: 'marriage.refusals.otherMarried' });
  }
  if (answers.registry && other && !competentRegistries(ctx).includes(answers.registry.registryCode)) {
    problems.push({ step: 'registry', field: 'registryCode', message: 'marriage.refusals.registry' });
  }
  const status = answers.status;
  if (status) {
    const s = sides(answers, ctx);
    for (const p of PARTIES) {
      const record = s[p];
      if (status[`${p}Status`] === 'married') problems.push({ step: 'status', field: `${p}Status`, message: 'marriage.refusals.married' });
      if (status[`${p}Status`] !== 'divorced' || record?.status === 'divorced') continue;
      for (const f of ['Court', 'JudgmentNumber', 'JudgmentDate'] as const) {
        if (!status[`${p}${f}`]) problems.push({ step: 'status', field: `${p}${f}`, message: 'validation.required' });
      }
      const judged = status[`${p}JudgmentDate`];
      if (judged && judged > ctx.today) problems.push({ step: 'status', field: `${p}JudgmentDate`, message: 'marriage.refusals.judgmentFuture' });
    }
  }
  const intended = answers.ceremony?.intendedDate;
  if (intended) {
    const field = { step: 'ceremony', field: 'intendedDate' };
    if (intended < ctx.today) problems.push({ ...field, message: 'marriage.refusals.intendedPast' });
    else if (intended > addDays(ctx.today, BOOKING_HORIZON_DAYS)) problems.push({ ...field, message: 'marriage.refusals.intendedTooFar' });
    else if (!calendar.isWorkingDay(intended)) problems.push({ ...field, message: 'marriage.refusals.notWorkingDay' });
    const s = sides(answers, ctx);
    for (const p of PARTIES) {
      const person = s[p]?.person;
      if (person && ageOn(person.dateOfBirth, intended) < MINIMUM_AGE[p]) problems.push({ ...field, message: `marriage.refusals.${p}Age` });
    }
  }
  return problems;
}
