import { selectApplication, updateEditableAnswers } from '@/db/queries/applications';
import type { Db } from '@/db/types';
import { calendar } from '@/lib/calendar';
import { AppError, fieldErrorsOf } from '@/lib/errors';
import { crossChecks, STEP_SCHEMAS, type BirthAnswers, type StepId } from '@/lib/procedures/birth-registration';
import { loadBirthContext } from './birth-context';
import { latestSupplementRequest } from './timeline';
import { registryAcceptsOnline } from './start-application';

export type FieldErrors = Record<string, string[]>;
export type SaveStepResult = { ok: true; answers: BirthAnswers } | { ok: false; fieldErrors: FieldErrors };

export const EDITABLE = ['draft', 'needsSupplement'];

/** Pages the applicant saves herself; `documents` is written only by uploading and removing files. */
export type SavableStep = Exclude<StepId, 'documents' | 'declaration'>;

/**
 * Saves one page of the e-form on the server as the applicant goes, so she can leave and resume.
 * The page is parsed with its schema and checked against what the databases say; nothing is
 * saved when it has errors, and the errors come back per field.
 */
export async function saveStep(db: Db, input: { applicationId: string; personalId: string; step: SavableStep; values: unknown; now: Date }): Promise<SaveStepResult> {
  const app = await selectApplication(db, input.applicationId, { applicantPersonalId: input.personalId });
  if (!app) throw new AppError('notFound');
  if (!EDITABLE.includes(app.status)) throw new AppError('conflict', 'The application can no longer be changed');
  // After submission the dossier stays with its registry: only the pages the registry asked about change.
  if (app.status === 'needsSupplement') {
    const request = await latestSupplementRequest(db, app.id, { applicantPersonalId: input.personalId });
    if (input.step === 'registry' || !request?.items.some((item) => item.step === input.step)) throw new AppError('conflict', 'Only the pages the registry asked about can be changed');
  }

  const parsed = STEP_SCHEMAS[input.step].safeParse(input.values);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error.issues) };

  if (input.step === 'registry') {
    const code = (parsed.data as { registryCode: string }).registryCode;
    if (!(await registryAcceptsOnline(db, code, app.procedureCode))) return { ok: false, fieldErrors: { registryCode: ['registry.notOnline'] } };
  }

  const answers = { ...(app.answers as BirthAnswers), [input.step]: parsed.data } as BirthAnswers;
  const ctx = await loadBirthContext(db, answers, input.personalId, calendar.localDate(input.now));
  const problems = crossChecks(answers, ctx).filter((p) => p.step === input.step);
  if (problems.length > 0) {
    const fieldErrors: FieldErrors = {};
    for (const p of problems) (fieldErrors[p.field] ??= []).push(p.message);
    return { ok: false, fieldErrors };
  }

  const saved = await updateEditableAnswers(db, app.id, {
    answers,
    updatedAt: input.now,
    ...(input.step === 'registry' ? { registryCode: (parsed.data as { registryCode: string }).registryCode } : {}),
  });
  if (!saved) throw new AppError('conflict', 'The application was submitted meanwhile');
  return { ok: true, answers };
}
