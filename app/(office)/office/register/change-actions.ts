'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { officeAction } from '@/lib/auth';
import { systemClock } from '@/lib/calendar';
import { decideChangeRequest, reportDiscrepancy, requestDeletion, requestRestore } from '@/lib/civil-status/changes';
import { actionErrorMessage, isAppError, toActionError } from '@/lib/errors';
import { fileStorage } from '@/lib/files';
import { uploadMessageValues } from '@/lib/uploads/messages';
import { UPLOAD_POLICY } from '@/lib/uploads/policy';
import { formDataOf } from '@/lib/form-data';

/** The values of field errors whose messages need them (an evidence refusal's `upload.refused.*`: the limit, the photo's size), by field. */
export type MessageValues = Record<string, Record<string, string | number>>;

/**
 * What a request form keeps across a failed attempt: everything typed (the file is chosen again),
 * the field errors as message ids, and the values those messages need.
 */
export type ChangeFormState = { fieldErrors?: Record<string, string[]>; message?: string; values?: Record<string, string>; messageValues?: MessageValues };

const FIELDS = ['recordId', 'scope', 'reasons', 'grounds', 'field', 'requested'] as const;

/** An officer of the registry keeping the entry asks the ministry to delete, restore or correct it. */
export async function requestChangeAction(_prev: ChangeFormState, received: FormData): Promise<ChangeFormState> {
  const formData = formDataOf(received);
  const values = Object.fromEntries(FIELDS.map((f) => [f, String(formData.get(f) ?? '')])) as Record<(typeof FIELDS)[number], string>;
  const kind = String(formData.get('kind') ?? '');
  const file = formData.get('evidence');
  // The form checks the size before sending; a larger body than next.config.mjs allows never gets here.
  if (file instanceof File && file.size > UPLOAD_POLICY.maxBytes) {
    return { values, fieldErrors: { evidence: ['upload.refused.tooLarge'] }, messageValues: { evidence: uploadMessageValues({ size: file.size, maxBytes: UPLOAD_POLICY.maxBytes }) } };
  }
  let messageValues: MessageValues | undefined;
  const result = await officeAction('register.requestChanges', z.object({ kind: z.enum(['deletion', 'restore', 'discrepancy'], { error: 'errors.invalidInput' }) }), async ({ session, input }) => {
    try {
      const db = await getDb();
      const evidence = file instanceof File && file.size > 0 ? { bytes: new Uint8Array(await file.arrayBuffer()), name: file.name } : null;
      const request = { userId: session.userId, evidence, now: systemClock() };
      const deps = { storage: fileStorage() };
      if (input.kind === 'discrepancy') {
        await reportDiscrepancy(db, { ...request, values: { recordId: values.recordId, reasons: values.reasons, grounds: values.grounds, items: [{ field: values.field, requested: values.requested }] } }, deps);
      } else {
        await (input.kind === 'deletion' ? requestDeletion : requestRestore)(db, { ...request, values }, deps);
      }
      return { ok: true as const, data: input.kind };
    } catch (err) {
      if (isAppError(err)) messageValues = err.details?.messageValues as MessageValues | undefined;
      return toActionError(err);
    }
  })({ kind });
  if (!result.ok) {
    // A discrepancy's single item is `items.0.*` in the rules, and the list itself `items`; the form shows them by its own names.
    const fieldErrors = Object.fromEntries(Object.entries(result.fieldErrors ?? {}).map(([k, v]) => [k === 'items' ? 'field' : k.replace(/^items\.0\./, ''), v]));
    return { values, fieldErrors, ...(messageValues ? { messageValues } : {}), ...(result.error === 'invalidInput' ? {} : { message: actionErrorMessage(result) }) };
  }
  redirect(`/office/register/${values.recordId}?sent=${result.data}`);
}

export type DecisionFormState = { fieldErrors?: Record<string, string[]>; message?: string; values?: { decision: string; note: string } };

/** The ministry's database manager approves or refuses a request, with the review note (Art. 12(2)). */
export async function decideChangeAction(_prev: DecisionFormState, received: FormData): Promise<DecisionFormState> {
  const formData = formDataOf(received);
  const values = { requestId: String(formData.get('requestId') ?? ''), decision: String(formData.get('decision') ?? ''), note: String(formData.get('note') ?? '') };
  const result = await officeAction('register.decideChanges', z.object({ requestId: z.uuid() }), async ({ session, input }) => {
    try {
      const decided = await decideChangeRequest(await getDb(), { userId: session.userId, values: { ...values, requestId: input.requestId }, now: systemClock() });
      return { ok: true as const, data: decided.status };
    } catch (err) {
      return toActionError(err);
    }
  })({ requestId: values.requestId });
  if (!result.ok) return { values, fieldErrors: result.fieldErrors, ...(result.error === 'invalidInput' ? {} : { message: actionErrorMessage(result) }) };
  redirect(`/office/changes?decided=${result.data}`);
}
