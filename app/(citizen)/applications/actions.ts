'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { confirmDraft } from '@/lib/applications/confirm-draft';
import { requestChanges } from '@/lib/applications/request-changes';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { saveStep } from '@/lib/applications/save-step';
import { startApplication } from '@/lib/applications/start-application';
import { submitApplication } from '@/lib/applications/submit-application';
import { loadFormPage } from '@/lib/applications/form-page';
import { citizenAction } from '@/lib/auth';
import { systemClock } from '@/lib/calendar';
import { isAppError } from '@/lib/errors';
import { nextStep, requiredDocuments, STEP_SCHEMAS, type StepId } from '@/lib/procedures/birth-registration';

const stepIds = Object.keys(STEP_SCHEMAS) as [StepId, ...StepId[]];

const saveInput = z.object({ applicationId: z.uuid(), step: z.enum(stepIds), values: z.unknown() });

type SaveStepOutcome = { ok: true; next: string } | { ok: false; fieldErrors: Record<string, string[]> };

export async function saveStepAction(raw: { applicationId: string; step: StepId; values: unknown }): Promise<SaveStepOutcome> {
  const result = await citizenAction<typeof saveInput, SaveStepOutcome>('application.own.manage', saveInput, async ({ session, input }) => {
    const db = await getDb();
    try {
      const saved = await saveStep(db, { applicationId: input.applicationId, personalId: session.personalId, step: input.step, values: input.values, now: systemClock() });
      if (!saved.ok) return { ok: true as const, data: saved };
      const page = await loadFormPage(db, { applicationId: input.applicationId, personalId: session.personalId, clock: systemClock });
      return { ok: true as const, data: { ok: true as const, next: `/applications/${input.applicationId}/${nextStep(input.step, page.answers, page.ctx)}` } };
    } catch (err) {
      if (isAppError(err, 'notFound') || isAppError(err, 'conflict')) return { ok: false as const, error: 'notFound' as const };
      throw err;
    }
  })(raw);
  if (!result.ok) redirect('/applications');
  return result.data;
}

const startInput = z.object({ procedureCode: z.string(), startKey: z.uuid() });

export async function startApplicationAction(formData: FormData) {
  const result = await citizenAction('application.own.manage', startInput, async ({ session, input }) => {
    const app = await startApplication(await getDb(), { personalId: session.personalId, procedureCode: input.procedureCode, startKey: input.startKey, now: systemClock() });
    return { ok: true as const, data: app.id };
  })({ procedureCode: formData.get('procedureCode'), startKey: formData.get('startKey') });
  if (!result.ok) redirect('/sign-in');
  redirect(`/applications/${result.data}/registry`);
}

const submitInput = z.object({ applicationId: z.uuid(), agreed: z.boolean() });

export type SubmitState = { problems?: { step: string; field: string; message: string }[] };

export async function submitApplicationAction(_prev: SubmitState, formData: FormData): Promise<SubmitState> {
  const result = await citizenAction('application.own.manage', submitInput, async ({ session, input }) => {
    const submitted = await submitApplication(await getDb(), {
      applicationId: input.applicationId,
      personalId: session.personalId,
      declaration: input.agreed ? { agreed: true } : {},
      now: systemClock(),
    });
    return { ok: true as const, data: submitted };
  })({ applicationId: formData.get('applicationId'), agreed: formData.get('agreed') === 'on' });
  if (!result.ok) redirect('/applications');
  if (!result.data.ok) return { problems: result.data.problems };
  redirect(`/applications/${result.data.applicationId}/submitted`);
}

export async function saveDocumentsStepAction(applicationId: string): Promise<{ ok: true; next: string } | { ok: false; missing: string[] }> {
  const result = await citizenAction<z.ZodUUID, { ok: true; next: string } | { ok: false; missing: string[] }>('application.own.manage', z.uuid(), async ({ session, input }) => {
    const db = await getDb();
    const page = await loadFormPage(db, { applicationId: input, personalId: session.personalId, clock: systemClock });
    const documents = { witnessStatement: [], authorisation: [], ...page.answers.documents };
    const missing = requiredDocuments(page.answers, page.ctx).filter((kind) => documents[kind].length === 0);
    if (missing.length > 0) return { ok: true, data: { ok: false, missing } };
    await saveStep(db, { applicationId: input, personalId: session.personalId, step: 'documents', values: documents, now: systemClock() });
    return { ok: true, data: { ok: true, next: `/applications/${input}/${nextStep('documents', page.answers, page.ctx)}` } };
  })(applicationId);
  if (!result.ok) redirect('/applications');
  return result.data;
}

export type DraftAnswerState = { done?: boolean; error?: string };

const draftAnswer = z.object({ applicationId: z.uuid(), answer: z.enum(['confirm', 'requestChanges']), comment: z.string().optional() });

/** The applicant's answer to a returned draft: confirm, or ask for changes with a comment. */
export async function answerDraftAction(_prev: DraftAnswerState, formData: FormData): Promise<DraftAnswerState> {
  const result = await citizenAction<typeof draftAnswer, true>('application.own.manage', draftAnswer, async ({ session, input }) => {
    const db = await getDb();
    try {
      if (input.answer === 'confirm') await confirmDraft(db, { applicationId: input.applicationId, personalId: session.personalId, now: systemClock() });
      else await requestChanges(db, { applicationId: input.applicationId, personalId: session.personalId, comment: input.comment, now: systemClock() });
      return { ok: true, data: true };
    } catch (err) {
      if (isAppError(err, 'invalidInput')) return { ok: false, error: 'invalidInput' };
      if (isAppError(err, 'notFound') || isAppError(err, 'illegalTransition')) return { ok: false, error: 'notFound' };
      throw err;
    }
  })(Object.fromEntries(formData.entries()));
  if (!result.ok) return { error: result.error };
  revalidatePath(`/applications/${String(formData.get('applicationId'))}`);
  return { done: true };
}
