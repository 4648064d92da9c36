import type { DeathNoticeRow } from '@/lib/death-notices';
import type { Problem } from '../contract';
import type { DeathContext } from './context';
import { STEP_ORDER } from './form';
import type { DeathAnswers, StepId } from './schema';

type Death = NonNullable<DeathAnswers['death']>;

/** The facts the electronic death notice fills in; read-only in the form when it exists. */
export function deathNoticeFacts(notice: DeathNoticeRow): Death {
  return {
    dateOfDeath: notice.dateOfDeath,
    timeOfDeath: notice.timeOfDeath?.slice(0, 5) ?? '',
    placeOfDeathKind: notice.placeOfDeathKind as Death['placeOfDeathKind'],
    placeOfDeath: notice.placeOfDeath,
    cause: notice.cause,
    noticeIssuedBy: notice.issuerKind as Death['noticeIssuedBy'],
    noticeNumber: notice.number,
    noticeDate: notice.issuedOn,
  };
}

export type RequiredDocument = 'deathNotice' | 'authorisation';

/** A photo of the paper death notice without an electronic one; an authorisation for others. */
export function requiredDocuments(answers: DeathAnswers, ctx: Pick<DeathContext, 'deathNotice'>): RequiredDocument[] {
  const docs: RequiredDocument[] = [];
  if (!ctx.deathNotice) docs.push('deathNotice');
  if (answers.applicant?.relationship === 'authorised') docs.push('authorisation');
  return docs;
}

export function visibleSteps(answers: DeathAnswers, ctx: Pick<DeathContext, 'deathNotice'>): StepId[] {
  const docs = requiredDocuments(answers, ctx);
  return STEP_ORDER.filter((s) => s !== 'documents' || docs.length > 0);
}

/** Late registration after 15 days from the death (Law Art. 33(1)): a fee then applies. */
export function registrationType(dateOfDeath: string, submittedOn: string): 'onTime' | 'late' {
  return (Date.parse(submittedOn) - Date.parse(dateOfDeath)) / 86_400_000 > 15 ? 'late' : 'onTime';
}

/** Checks across pages; run on every save (for the page saved) and at submission. */
export function crossChecks(answers: DeathAnswers, ctx: DeathContext): Problem[] {
  const problems: Problem[] = [];
  const { deceased } = ctx;
  if (answers.deceased) {
    const field = { step: 'deceased', field: 'personalId' };
    if (!deceased) problems.push({ ...field, message: 'lookup.notFound' });
    else if (deceased.personalId === ctx.applicant.personalId) problems.push({ ...field, message: 'lookup.isApplicant' });
    else if (deceased.vitalStatus === 'deceased' || ctx.deceasedLocked) problems.push({ ...field, message: 'lookup.alreadyDeceased' });
  }
  const death = answers.death;
  if (death) {
    if (death.dateOfDeath > ctx.today) problems.push({ step: 'death', field: 'dateOfDeath', message: 'validation.deathFuture' });
    if (deceased && death.dateOfDeath < deceased.dateOfBirth) problems.push({ step: 'death', field: 'dateOfDeath', message: 'validation.deathBeforeBirth' });
    if (ctx.deathNotice && death.dateOfDeath !== ctx.deathNotice.dateOfDeath) problems.push({ step: 'death', field: 'dateOfDeath', message: 'validation.deathNotice' });
    if (death.noticeDate && death.noticeDate < death.dateOfDeath) problems.push({ step: 'death', field: 'noticeDate', message: 'validation.noticeBeforeDeath' });
  }
  const bundle = answers.bundle;
  if (bundle && (bundle.funeralAllowance || bundle.survivorAllowance) && bundle.recipientPersonalId && !ctx.recipient) {
    problems.push({ step: 'bundle', field: 'recipientPersonalId', message: 'lookup.notFound' });
  }
  return problems;
}
