import type { BirthContext, RequiredDocument } from './prefill';
import { requiredDocuments } from './prefill';
import type { BirthAnswers, StepId } from './schema';

/** The pages of the e-form in order; `documents` appears only when an attachment is needed. */
export const STEP_ORDER: StepId[] = ['registry', 'applicant', 'mother', 'father', 'child', 'documents', 'bundle'];

export function visibleSteps(answers: BirthAnswers, ctx: Pick<BirthContext, 'birthNotice'>): StepId[] {
  const docs: RequiredDocument[] = requiredDocuments(answers, ctx);
  return STEP_ORDER.filter((s) => s !== 'documents' || docs.length > 0);
}

export function nextStep(current: StepId, answers: BirthAnswers, ctx: Pick<BirthContext, 'birthNotice'>): StepId | 'review' {
  const steps = visibleSteps(answers, ctx);
  const i = steps.indexOf(current);
  return steps[i + 1] ?? 'review';
}

/** The first page not yet answered: where "continue" takes a returning applicant. */
export function firstUnanswered(answers: BirthAnswers, ctx: Pick<BirthContext, 'birthNotice'>): StepId | 'review' {
  return visibleSteps(answers, ctx).find((s) => answers[s] === undefined) ?? 'review';
}
