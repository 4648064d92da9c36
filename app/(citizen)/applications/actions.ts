'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { confirmDraft } from '@/lib/applications/confirm-draft';
import { requestChanges } from '@/lib/applications/request-changes';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { saveStep } from '@/lib/applications/save-step';
import { withdrawApplication } from '@/lib/applications/withdraw-application';
import { firstUnanswered, nextPage } from '@/lib/applications/open-application';
import { startApplication } from '@/lib/applications/start-application';
import { answerAsCoApplicant, submitApplication } from '@/lib/applications/submit-application';
import { bookAppointment } from '@/lib/applications/appointments';
import { loadFormPage } from '@/lib/applications/form-page';
import { attachIssuedDocument, attachmentsOfApplication } from '@/lib/applications/attachments';
import { fileStorage } from '@/lib/files';
import { citizenAction, filerAction } from '@/lib/auth';
import { systemClock } from '@/lib/calendar';
import { actionErrorMessage, isAppError, toActionError } from '@/lib/errors';
import { saveFailureOutcome, type SaveStepOutcome } from './save-outcome';
import { env } from '@/lib/env';
import { tryIssueCopiesAtOnce } from '@/lib/applications/issue-copies';
import { startPayment } from '@/lib/applications/payments';
import { paymentGateway } from '@/lib/payments';
import { PAYMENT_RETURN_PATH } from '@/lib/payments/gateway';
import { formDataOf } from '@/lib/form-data';

const saveInput = z.object({ applicationId: z.uuid(), step: z.string().regex(/^[a-z][A-Za-z]{0,40}$/), values: z.unknown() });

export async function saveStepAction(raw: { applicationId: string; step: string; values: unknown }): Promise<SaveStepOutcome> {
  const result = await filerAction<typeof saveInput, SaveStepOutcome>(saveInput, (input) => input.applicationId, async ({ session, input }) => {
    const db = await getDb();
    try {
      const saved = await saveStep(db, { applicationId: input.applicationId, personalId: session.personalId, organisationCode: session.organisationCode, step: input.step, values: input.values, now: systemClock() });
      if (!saved.ok) return { ok: true as const, data: saved };
      return { ok: true as const, data: { ok: true as const, next: `/applications/${input.applicationId}/${saved.next}` } };
    } catch (err) {
      return toActionError(err);
    }
  })(raw);
  if (!result.ok) {
    const outcome = saveFailureOutcome(result);
    if (!outcome) redirect('/applications');
    return outcome;
  }
  return result.data;
}

const startInput = z.object({ procedureCode: z.string(), startKey: z.uuid() });

export async function startApplicationAction(received: unknown) {
  const formData = formDataOf(received);
  const procedureCode = String(formData.get('procedureCode') ?? '');
  const result = await citizenAction('application.own.manage', startInput, async ({ session, input }) => {
    try {
      const db = await getDb();
      const app = await startApplication(db, { personalId: session.personalId, organisationCode: session.organisationCode, procedureCode: input.procedureCode, startKey: input.startKey, now: systemClock() });
      const page = await loadFormPage(db, { applicationId: app.id, personalId: session.personalId, organisationCode: session.organisationCode, clock: systemClock });
      return { ok: true as const, data: `/applications/${app.id}/${firstUnanswered(page.open)}` };
    } catch (err) {
      // The start page explains a registry that takes no online applications.
      return toActionError(err);
    }
  })({ procedureCode, startKey: formData.get('startKey') });
  if (!result.ok) redirect(result.error === 'unauthenticated' ? '/sign-in' : `/apply/${encodeURIComponent(procedureCode)}`);
  redirect(result.data);
}

const submitInput = z.object({ applicationId: z.uuid(), agreed: z.boolean() });

export type SubmitState = { problems?: { step: string; field: string; message: string }[]; message?: string };

export async function submitApplicationAction(_prev: SubmitState, received: unknown): Promise<SubmitState> {
  const formData = formDataOf(received);
  const result = await filerAction(submitInput, (input) => input.applicationId, async ({ session, input }) => {
    try {
      const submitted = await submitApplication(await getDb(), {
        applicationId: input.applicationId,
        personalId: session.personalId, organisationCode: session.organisationCode,
        declaration: input.agreed ? { agreed: true } : {},
        now: systemClock(),
        ...(session.assistedBy ? { assistedBy: session.assistedBy.helperUserId } : {}),
      });
      return { ok: true as const, data: { ...submitted, assistedFiling: session.assistedBy?.filingId ?? null } };
    } catch (err) {
      return toActionError(err);
    }
  })({ applicationId: formData.get('applicationId'), agreed: formData.get('agreed') === 'on' });
  if (!result.ok && (result.error === 'notFound' || result.error === 'unauthenticated')) redirect('/applications');
  if (!result.ok) return { message: actionErrorMessage(result) };
  if (!result.data.ok) return { problems: result.data.problems };
  const { applicationId, status, assistedFiling } = result.data;
  // Copies are issued at once when the request finds exactly one entry (filed with help or not).
  const issued = status !== 'awaitingPayment' && (await tryIssueCopiesAtOnce(await getDb(), applicationId, { now: systemClock(), baseUrl: env.appUrl, storage: fileStorage() }));
  // Submitted at the desk: the application is the citizen's now, and the helper's access ends.
  if (assistedFiling) redirect(`/office/assist/${assistedFiling}`);
  // A fee is due: the application page takes the payment.
  if (status === 'awaitingPayment') redirect(`/applications/${applicationId}#payment`);
  if (issued) redirect(`/applications/${applicationId}`);
  redirect(`/applications/${applicationId}/submitted`);
}

/** Sends the applicant to the payment gateway for the fee of their own application. */
export async function startPaymentAction(received: unknown) {
  const formData = formDataOf(received);
  const result = await citizenAction('application.own.manage', z.uuid(), async ({ session, input }) => {
    try {
      const started = await startPayment(await getDb(), {
        applicationId: input,
        personalId: session.personalId, organisationCode: session.organisationCode,
        now: systemClock(),
        gateway: paymentGateway(),
        returnUrl: `${env.appUrl}${PAYMENT_RETURN_PATH}`,
      });
      return { ok: true as const, data: started.checkoutUrl };
    } catch (err) {
      return toActionError(err);
    }
  })(formData.get('applicationId'));
  if (!result.ok) redirect(result.error === 'conflict' ? `/applications/${String(formData.get('applicationId'))}` : '/applications');
  redirect(result.data);
}

export async function saveDocumentsStepAction(applicationId: string): Promise<{ ok: true; next: string } | { ok: false; missing: string[] }> {
  const result = await filerAction<z.ZodUUID, { ok: true; next: string } | { ok: false; missing: string[] }>(z.uuid(), (input) => input, async ({ session, input }) => {
    const db = await getDb();
    const page = await loadFormPage(db, { applicationId: input, personalId: session.personalId, organisationCode: session.organisationCode, clock: systemClock }).catch((err: unknown) => {
      if (isAppError(err, 'notFound')) return null;
      throw err;
    });
    if (!page) return { ok: false, error: 'notFound' };
    // The page's answers are the stored files themselves (written by upload and removal).
    const stored = await attachmentsOfApplication(db, input, session.personalId, session.organisationCode);
    const missing = page.procedure.requiredAttachments(page.answers, page.ctx).filter((kind) => !stored.some((a) => a.kind === kind));
    if (missing.length > 0) return { ok: true, data: { ok: false, missing } };
    return { ok: true, data: { ok: true, next: `/applications/${input}/${nextPage(page.open, 'documents')}` } };
  })(applicationId);
  if (!result.ok) redirect('/applications');
  return result.data;
}

/** `message`: the message id of a failure (lib/errors.ts), shown above the form. */
export type DraftAnswerState = { done?: boolean; error?: string; message?: string; comment?: string };

const draftAnswer = z.object({ applicationId: z.uuid(), answer: z.enum(['confirm', 'requestChanges']), comment: z.string().optional() });

/** The applicant's answer to a returned draft: confirm, or ask for changes with a comment. */
export async function answerDraftAction(_prev: DraftAnswerState, received: unknown): Promise<DraftAnswerState> {
  const formData = formDataOf(received);
  const result = await citizenAction<typeof draftAnswer, true>('application.own.manage', draftAnswer, async ({ session, input }) => {
    const db = await getDb();
    try {
      if (input.answer === 'confirm') await confirmDraft(db, { applicationId: input.applicationId, personalId: session.personalId, organisationCode: session.organisationCode, now: systemClock() });
      else await requestChanges(db, { applicationId: input.applicationId, personalId: session.personalId, organisationCode: session.organisationCode, comment: input.comment, now: systemClock() });
      return { ok: true, data: true };
    } catch (err) {
      return toActionError(err);
    }
  })(Object.fromEntries(formData.entries()));
  if (!result.ok) return { error: result.error, message: actionErrorMessage(result), comment: String(formData.get('comment') ?? '') };
  revalidatePath(`/applications/${String(formData.get('applicationId'))}`);
  return { done: true };
}

export type WithdrawState = { error?: string; message?: string };

const withdrawInput = z.object({ applicationId: z.uuid(), confirm: z.literal('yes') });

/** The applicant withdraws her application after confirming it (a second, explicit step). */
export async function withdrawAction(_prev: WithdrawState, received: unknown): Promise<WithdrawState> {
  const formData = formDataOf(received);
  const result = await citizenAction<typeof withdrawInput, true>('application.own.manage', withdrawInput, async ({ session, input }) => {
    try {
      await withdrawApplication(await getDb(), { applicationId: input.applicationId, personalId: session.personalId, organisationCode: session.organisationCode, now: systemClock() });
      return { ok: true, data: true };
    } catch (err) {
      return toActionError(err);
    }
  })({ applicationId: formData.get('applicationId'), confirm: formData.get('confirm') });
  // The guard refuses the form without the confirmation ticked: that is what to say, not "invalid".
  if (!result.ok && result.error === 'invalidInput' && !result.fieldErrors?._) return { error: 'confirmWithdrawal' };
  if (!result.ok) return { error: result.error, message: actionErrorMessage(result) };
  revalidatePath(`/applications/${String(formData.get('applicationId'))}`);
  return {};
}

export type JointDeclarationState = { error?: 'confirmRequired' | 'failed'; message?: string; done?: 'confirmed' | 'declined' };
const jointInput = z.object({ applicationId: z.uuid(), answer: z.enum(['confirm', 'decline']), agree: z.string().optional() });

/**
 * The other party to a joint application confirms the joint declaration (ticking that they marry
 * of their own free will) or declines it, from their own account.
 */
export async function jointDeclarationAction(_prev: JointDeclarationState, received: unknown): Promise<JointDeclarationState> {
  const formData = formDataOf(received);
  const raw = { applicationId: formData.get('applicationId'), answer: formData.get('answer'), agree: formData.get('agree') ?? undefined };
  if (raw.answer === 'confirm' && raw.agree !== 'yes') return { error: 'confirmRequired' };
  const result = await citizenAction<typeof jointInput, 'confirmed' | 'declined'>('application.own.manage', jointInput, async ({ session, input }) => {
    try {
      await answerAsCoApplicant(await getDb(), { applicationId: input.applicationId, personalId: session.personalId, organisationCode: session.organisationCode, agree: input.answer === 'confirm', now: systemClock() });
      return { ok: true, data: input.answer === 'confirm' ? 'confirmed' : 'declined' };
    } catch (err) {
      return toActionError(err);
    }
  })(raw);
  if (!result.ok) return { error: 'failed', message: actionErrorMessage(result) };
  revalidatePath(`/applications/${String(raw.applicationId)}`);
  return { done: result.data };
}

/** `message`: the message id of what went wrong (lib/errors.ts: a taken slot, a second move…). */
export type AppointmentState = { message?: string; done?: boolean };
const appointmentInput = z.object({ applicationId: z.uuid(), startsAt: z.string().min(1) });

/** A party books the ceremony slot, or moves it once. */
export async function bookAppointmentAction(_prev: AppointmentState, received: unknown): Promise<AppointmentState> {
  const formData = formDataOf(received);
  const raw = { applicationId: formData.get('applicationId'), startsAt: formData.get('startsAt') ?? '' };
  const result = await citizenAction<typeof appointmentInput, true>('application.own.manage', appointmentInput, async ({ session, input }) => {
    try {
      await bookAppointment(await getDb(), { applicationId: input.applicationId, personalId: session.personalId, organisationCode: session.organisationCode, startsAt: input.startsAt, now: systemClock() });
      return { ok: true, data: true };
    } catch (err) {
      return toActionError(err);
    }
  })(raw);
  if (!result.ok) {
    // No slot (or no offered slot) chosen: say so, not "invalid input".
    if (result.error === 'invalidInput') return { message: 'validation.choose' };
    return { message: actionErrorMessage(result) };
  }
  revalidatePath(`/applications/${String(raw.applicationId)}`);
  return { done: true };
}

const reuseInput = z.object({ applicationId: z.uuid(), kind: z.string().regex(/^[a-z][A-Za-z]{0,40}$/), documentId: z.uuid(), step: z.string().regex(/^[a-z][A-Za-z]{0,40}$/) });

/** Attaches one of the applicant's own issued e-documents instead of a photo (Circular 01/2022 Art. 6(2)). */
export async function reuseDocumentAction(received: unknown): Promise<void> {
  const formData = formDataOf(received);
  const raw = Object.fromEntries(formData.entries());
  const result = await citizenAction<typeof reuseInput, true>('application.own.manage', reuseInput, async ({ session, input }) => {
    try {
      await attachIssuedDocument(await getDb(), fileStorage(), { applicationId: input.applicationId, personalId: session.personalId, organisationCode: session.organisationCode, kind: input.kind, documentId: input.documentId, now: systemClock() });
      return { ok: true, data: true };
    } catch (err) {
      return toActionError(err);
    }
  })(raw);
  if (!result.ok) redirect(`/applications/${String(raw.applicationId)}`);
  const page = `/applications/${String(raw.applicationId)}/${String(raw.step)}`;
  revalidatePath(page);
  redirect(page);
}
