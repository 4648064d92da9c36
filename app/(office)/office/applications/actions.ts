'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { acceptApplication } from '@/lib/applications/accept-application';
import { cancelResult, completePickup } from '@/lib/applications/pickup';
import { refuseApplication } from '@/lib/applications/refuse-application';
import { registerOrAwaitPersonalId } from '@/lib/applications/register-application';
import { requestSupplement } from '@/lib/applications/request-supplement';
import { returnDraft } from '@/lib/applications/return-draft';
import { confirmAtDesk } from '@/lib/assisted-filing';
import { signAndIssue } from '@/lib/applications/sign-and-issue';
import { issueCopiesByOfficer } from '@/lib/applications/issue-copies';
import { answerVerification, startVerification } from '@/lib/applications/verification';
import { officeAction, type OfficeSession } from '@/lib/auth';
import type { Permission } from '@/lib/auth/permissions';
import { systemClock } from '@/lib/calendar';
import { env } from '@/lib/env';
import { actionErrorMessage, toActionError } from '@/lib/errors';
import { fileStorage } from '@/lib/files';
import { DECISIONS, type Decision } from './decisions';
import { formDataOf } from '@/lib/form-data';

/** `message`: the message id of a failure (lib/errors.ts), shown above the decisions; `fieldErrors` next to the fields. */
export type OfficeActionState = { done?: boolean; decision?: string; error?: string; message?: string; fieldErrors?: Record<string, string[]>; values?: { reason: string; note: string } };

const input = z.object({
  applicationId: z.uuid(),
  decision: z.enum(DECISIONS),
  reason: z.string().optional(),
  step: z.string().optional(),
  note: z.string().optional(),
  bothPresent: z.string().optional(),
  identityChecked: z.string().optional(),
  originals: z.array(z.string()).optional(),
  police: z.string().optional(),
});

const PERMISSION: Record<Decision, Permission> = {
  accept: 'application.review',
  startVerification: 'application.review',
  answerVerification: 'application.review',
  returnDraft: 'application.review',
  confirmAtDesk: 'application.review',
  register: 'application.review',
  pickupDone: 'application.review',
  requestSupplement: 'application.review',
  refuse: 'application.refuse',
  cancelResult: 'application.refuse',
  sign: 'application.sign',
};

async function decide(session: OfficeSession, data: z.infer<typeof input>) {
  const db = await getDb();
  const now = systemClock();
  const staff = { userId: session.userId, registryCode: session.registryCode ?? '' };
  const role = session.role === 'signer' ? ('signer' as const) : ('officer' as const);
  const applicationId = data.applicationId;
  switch (data.decision) {
    case 'accept':
      return acceptApplication(db, { applicationId, officer: staff, now });
    case 'startVerification':
      return startVerification(db, { applicationId, officer: staff, reason: data.reason, agencies: data.police === 'on' ? ['police'] : [], now });
    case 'answerVerification':
      return answerVerification(db, { applicationId, officer: staff, answer: data.reason, now });
    case 'returnDraft':
      return returnDraft(db, { applicationId, officer: staff, now });
    case 'confirmAtDesk':
      return confirmAtDesk(db, { applicationId, officer: staff, now });
    case 'register':
      return registerOrAwaitPersonalId(db, {
        applicationId,
        officer: staff,
        now,
        presenceChecks: { bothPresent: data.bothPresent === 'on', identityChecked: data.identityChecked === 'on', originals: data.originals ?? [] },
      });
    case 'sign':
      return signAndIssue(db, { applicationId, signer: staff, now, baseUrl: env.appUrl, storage: fileStorage() });
    case 'pickupDone':
      return completePickup(db, { applicationId, officer: staff, now });
    case 'refuse':
      return refuseApplication(db, { applicationId, staff: { ...staff, role }, reason: data.reason, now });
    case 'cancelResult':
      return cancelResult(db, { applicationId, staff: { ...staff, role }, reason: data.reason, now });
    case 'requestSupplement':
      return requestSupplement(db, { applicationId, officer: staff, items: [{ step: data.step, note: data.note ?? '' }], reason: data.reason, now });
  }
}

/** Every registry decision on an application: session, role and registry are checked again here. */
export async function officeDecision(_prev: OfficeActionState, received: unknown): Promise<OfficeActionState> {
  const formData = formDataOf(received);
  // Checkboxes named `original` carry the attachment ids whose originals were seen.
  const raw: Record<string, unknown> = { ...Object.fromEntries(formData.entries()), originals: formData.getAll('original').map(String) };
  const decision = input.shape.decision.safeParse(raw.decision);
  if (!decision.success) return { error: 'invalidInput', message: actionErrorMessage({ error: 'invalidInput' }) };
  const result = await officeAction(PERMISSION[decision.data], input, async ({ session, input: data }) => {
    try {
      await decide(session, data);
      return { ok: true as const, data: true };
    } catch (err) {
      return toActionError(err);
    }
  })(raw);
  // Keep what was typed, so a refused reason is corrected, not retyped.
  if (!result.ok) {
    return { decision: decision.data, error: result.error, message: actionErrorMessage(result), fieldErrors: result.fieldErrors, values: { reason: String(raw.reason ?? ''), note: String(raw.note ?? '') } };
  }
  revalidatePath(`/office/applications/${String(raw.applicationId)}`);
  return { done: true, decision: decision.data };
}

export type CopiesActionState = { done?: boolean; error?: string; message?: string };

const copiesInput = z.object({ applicationId: z.uuid(), recordId: z.uuid() });

/** The officer issues the copies of an entry found for the request; session, role and registry are checked again. */
export async function issueCopiesAction(_prev: CopiesActionState, received: unknown): Promise<CopiesActionState> {
  const formData = formDataOf(received);
  const result = await officeAction('application.review', copiesInput, async ({ session, input: data }) => {
    try {
      await issueCopiesByOfficer(await getDb(), {
        applicationId: data.applicationId,
        recordId: data.recordId,
        officer: { userId: session.userId, registryCode: session.registryCode ?? '' },
        now: systemClock(),
        baseUrl: env.appUrl,
        storage: fileStorage(),
      });
      return { ok: true as const, data: true };
    } catch (err) {
      return toActionError(err);
    }
  })(Object.fromEntries(formData.entries()));
  // The entry's own problem (not official, not the applicant's) when there is one.
  if (!result.ok) return { error: result.error, message: result.fieldErrors?.recordId?.[0] ?? actionErrorMessage(result) };
  revalidatePath(`/office/applications/${String(formData.get('applicationId'))}`);
  return { done: true };
}
