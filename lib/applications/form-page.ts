import { selectApplication } from '@/db/queries/applications';
import type { Db } from '@/db/types';
import { calendar, type Clock } from '@/lib/calendar';
import { AppError } from '@/lib/errors';
import { birthNoticeFacts, suggestChild, visibleSteps, type BirthAnswers, type BirthContext, type StepId } from '@/lib/procedures/birth-registration';
import { COMMUNES } from '@/lib/reference';
import { ETHNICITIES } from '@/lib/reference/ethnicities';
import { registryNameFor } from '@/lib/registries';
import { loadBirthContext } from './birth-context';
import { EDITABLE } from './save-step';

/**
 * Everything a page of the birth e-form needs: the saved answers, or else what the databases
 * suggest, the options of its lists, and where it sits among the pages.
 */
export async function loadFormPage(db: Db, input: { applicationId: string; personalId: string; clock: Clock }) {
  const app = await selectApplication(db, input.applicationId, { applicantPersonalId: input.personalId });
  if (!app) throw new AppError('notFound');
  const answers = app.answers as BirthAnswers;
  const ctx = await loadBirthContext(db, answers, input.personalId, calendar.localDate(input.clock()));
  const steps = visibleSteps(answers, ctx);
  return { app, answers, ctx, steps, editable: EDITABLE.includes(app.status) };
}

export function stepDefaults(step: StepId, answers: BirthAnswers, ctx: BirthContext, registryCode: string): Record<string, unknown> {
  const saved = answers[step] as Record<string, unknown> | undefined;
  const relationship = answers.applicant?.relationship ?? (ctx.applicant.sex === 'female' ? 'mother' : 'father');
  const suggested: Record<StepId, Record<string, unknown>> = {
    registry: { registryCode },
    applicant: { relationship, phone: ctx.applicant.phone ?? '', email: ctx.applicant.email ?? '' },
    mother: { personalId: relationship === 'mother' ? ctx.applicant.personalId : '' },
    father: { status: 'provided', personalId: relationship === 'father' ? ctx.applicant.personalId : '' },
    child: { surname: '', middleName: '', givenName: '', timeOfBirth: '', placeOfBirth: '', ethnicityCode: '', homeTown: '', ...suggestChild(ctx) },
    documents: { witnessStatement: [], authorisation: [] },
    bundle: { residence: false, healthInsurance: false },
    declaration: {},
  };
  const merged = { ...suggested[step], ...saved };
  // The electronic birth notice wins over anything typed earlier.
  return step === 'child' && ctx.birthNotice ? { ...merged, ...birthNoticeFacts(ctx.birthNotice) } : merged;
}

export function registryOptions(registryCode: string) {
  const province = COMMUNES.find((c) => c.code === registryCode)?.provinceCode;
  return COMMUNES.filter((c) => c.provinceCode === province).map((c) => ({ value: c.code, label: registryNameFor(c) }));
}

export function ethnicityOptions() {
  return ETHNICITIES.map((e) => ({ value: e.code, label: e.name }));
}
