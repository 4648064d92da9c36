import type { BirthContext, RequiredDocument } from './prefill';
import { requiredDocuments } from './prefill';
import { STEP_ORDER } from './form';
import type { BirthAnswers, StepId } from './schema';

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
