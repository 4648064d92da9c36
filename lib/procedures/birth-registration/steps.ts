import { STEP_ORDER } from './form';
import { requiredDocuments, type BirthContext } from './prefill';
import type { BirthAnswers, StepId } from './schema';

/** The pages shown: `documents` only when an attachment is needed (no electronic birth notice, an authorisation). */
export function visibleSteps(answers: BirthAnswers, ctx: Pick<BirthContext, 'birthNotice'>): StepId[] {
  const docs = requiredDocuments(answers, ctx);
  return STEP_ORDER.filter((s) => s !== 'documents' || docs.length > 0);
}
