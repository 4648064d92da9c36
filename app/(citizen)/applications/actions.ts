'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { saveStep } from '@/lib/applications/save-step';
import { startApplication } from '@/lib/applications/start-application';
import { submitApplication } from '@/lib/applications/submit-application';
import { loadFormPage } from '@/lib/applications/form-page';
import { citizenAction } from '@/lib/auth';
import { systemClock } from '@/lib/calendar';
import { isAppError } from '@/lib/errors';
import { nextStep, STEP_SCHEMAS, type StepId } from '@/lib/procedures/birth-registration';

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
