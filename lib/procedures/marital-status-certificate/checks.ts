import { residenceCommune } from '@/lib/population/residence';
import type { Problem } from '../contract';
import type { MaritalCertContext } from './context';
import { STEP_ORDER } from './form';
import type { MaritalCertAnswers, StepId } from './schema';

const forMarriage = (answers: MaritalCertAnswers) => answers.purpose?.purpose === 'marryInVietnam' || answers.purpose?.purpose === 'marryAbroad';

/** The status the databases record is fixed; only when they do not is it typed. */
export function fixedStatus(ctx: MaritalCertContext): Record<string, string> {
  return ctx.recorded ? { maritalStatus: ctx.recorded } : {};
}

/** A divorce the databases do not hold needs the judgment. */
export function requiredDocuments(answers: MaritalCertAnswers, ctx: MaritalCertContext): 'divorceJudgment'[] {
  return answers.status?.maritalStatus === 'divorced' && ctx.recorded !== 'divorced' ? ['divorceJudgment'] : [];
}

/** The earlier certificate for marriage still valid: asked about only when applying for marriage again. */
export function asksPrevious(answers: MaritalCertAnswers, ctx: MaritalCertContext): boolean {
  return ctx.previous.length > 0 && forMarriage(answers);
}

export function visibleSteps(answers: MaritalCertAnswers, ctx: MaritalCertContext): StepId[] {
  return STEP_ORDER.filter((s) => (s === 'documents' ? requiredDocuments(answers, ctx).length > 0 : s === 'previous' ? asksPrevious(answers, ctx) : true));
}

export function crossChecks(answers: MaritalCertAnswers, ctx: MaritalCertContext): Problem[] {
  const problems: Problem[] = [];
  // Commune of permanent residence, else of temporary residence (Decree 123/2015 Art. 21).
  const competent = residenceCommune(ctx.applicant);
  if (answers.registry && competent && answers.registry.registryCode !== competent) problems.push({ step: 'registry', field: 'registryCode', message: 'maritalCert.refusals.registry' });
  const r = answers.residence;
  if (r?.livedElsewhere && r.previousTo > ctx.today) problems.push({ step: 'residence', field: 'previousTo', message: 'maritalCert.refusals.periodFuture' });
  const status = ctx.recorded ?? answers.status?.maritalStatus;
  if (answers.purpose && forMarriage(answers)) {
    if (status === 'married') problems.push({ step: 'purpose', field: 'purpose', message: 'maritalCert.refusals.marriedForMarriage' });
    if (answers.purpose.spouseDateOfBirth > ctx.today) problems.push({ step: 'purpose', field: 'spouseDateOfBirth', message: 'validation.future' });
  }
  return problems;
}
