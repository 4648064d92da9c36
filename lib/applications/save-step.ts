import { selectApplication, updateEditableAnswers } from '@/db/queries/applications';
import type { Db } from '@/db/types';
import { calendar } from '@/lib/calendar';
import { AppError, fieldErrorsOf } from '@/lib/errors';
import { procedureOf } from '@/lib/procedures';
import { pageOf, type Answers } from '@/lib/procedures/form-types';
import { EDITABLE, type Status } from '@/lib/workflow/table';
import { nextPage } from './open-application';
import { latestSupplementRequest } from './timeline';
import { registryAcceptsOnline } from './start-application';

export type FieldErrors = Record<string, string[]>;
/** `next`: the page after this one among those now shown, or `review` (check your answers). */
export type SaveStepResult = { ok: true; answers: Answers; next: string } | { ok: false; fieldErrors: FieldErrors };

/**
 * Saves one page of the e-form on the server as the applicant goes, so she can leave and resume.
 * The page is parsed with its procedure's schema (the values the procedure fixes override what
 * was sent) and checked against what the databases say; nothing is saved when it has errors, and
 * the errors come back per field. The `registry` page also moves the application to that registry.
 */
export async function saveStep(db: Db, input: { applicationId: string; personalId: string; organisationCode: string | null; step: string; values: unknown; now: Date }): Promise<SaveStepResult> {
  const app = await selectApplication(db, input.applicationId, { applicantPersonalId: input.personalId, organisationCode: input.organisationCode });
  if (!app) throw new AppError('notFound');
  if (!EDITABLE.includes(app.status as Status)) throw new AppError('conflict', 'The application can no longer be changed', { reason: 'notEditable' });
  const procedure = procedureOf(app.procedureCode);
  const page = pageOf(procedure.formFor(app.formVersion), input.step);
  if (!page || page.kind !== 'fields') throw new AppError('notFound', `No page ${input.step}`);
  // After submission the dossier stays with its registry: only the pages the registry asked about change.
  if (app.status === 'needsSupplement') {
    const request = await latestSupplementRequest(db, app.id, { applicantPersonalId: input.personalId, organisationCode: input.organisationCode });
    if (input.step === 'registry' || !request?.items.some((item) => item.step === input.step)) throw new AppError('conflict', 'Only the pages the registry asked about can be changed', { reason: 'notRequested' });
  }

  const today = calendar.localDate(input.now);
  const before = procedure.parseAnswers(app.answers, app.formVersion);
  const beforeCtx = await procedure.loadContext(db, { answers: before, applicantPersonalId: app.applicantPersonalId, organisationCode: app.organisationCode, today });
  const sent = input.values && typeof input.values === 'object' ? input.values : {};
  const parsed = page.schema.safeParse({ ...sent, ...procedure.fixedValues(input.step, before, beforeCtx) });
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error.issues) };

  const registryCode = input.step === 'registry' ? (parsed.data as { registryCode: string }).registryCode : undefined;
  if (registryCode && !(await registryAcceptsOnline(db, registryCode, app.procedureCode))) return { ok: false, fieldErrors: { registryCode: ['registry.notOnline'] } };

  const answers: Answers = { ...before, [input.step]: parsed.data };
  const ctx = await procedure.loadContext(db, { answers, applicantPersonalId: app.applicantPersonalId, organisationCode: app.organisationCode, today });
  const problems = procedure.crossChecks(answers, ctx).filter((p) => p.step === input.step);
  if (problems.length > 0) {
    const fieldErrors: FieldErrors = {};
    for (const p of problems) (fieldErrors[p.field] ??= []).push(p.message);
    return { ok: false, fieldErrors };
  }

  const saved = await updateEditableAnswers(db, app.id, {
    answers: { ...(app.answers as object), ...answers },
    subjectName: procedure.title(answers, ctx),
    updatedAt: input.now,
    ...(registryCode ? { registryCode } : {}),
  });
  if (!saved) throw new AppError('conflict', 'The application was submitted meanwhile', { reason: 'notEditable' });
  return { ok: true, answers, next: nextPage({ procedure, answers, ctx }, input.step) };
}
