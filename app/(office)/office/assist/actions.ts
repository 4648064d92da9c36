'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { assistRequestSchema, formPathOf, helperOf, requestAssistedFiling } from '@/lib/assisted-filing';
import { identityChecks } from '@/lib/assisted-filing/checks';
import { officeAction } from '@/lib/auth';
import { systemClock } from '@/lib/calendar';
import { actionErrorMessage, toActionError } from '@/lib/errors';
import { fileStorage } from '@/lib/files';
import { UPLOAD_POLICY } from '@/lib/uploads/policy';
import { formDataOf } from '@/lib/form-data';

/** What the start form keeps across a failed attempt: nothing typed or read is lost. */
export type AssistFormState = {
  fieldErrors?: Record<string, string[]>;
  message?: string;
  values?: { personalId: string; procedureCode: string; method: string; cardReceipt: string; cardHolder: string; cardChecked: boolean };
};

/** The helper starts an application on behalf of the citizen in front of them. */
export async function startAssistedFilingAction(_prev: AssistFormState, received: unknown): Promise<AssistFormState> {
  const formData = formDataOf(received);
  const values = {
    personalId: String(formData.get('personalId') ?? ''),
    procedureCode: String(formData.get('procedureCode') ?? ''),
    method: String(formData.get('method') ?? ''),
    cardReceipt: String(formData.get('cardReceipt') ?? ''),
    cardHolder: String(formData.get('cardHolder') ?? ''),
    cardChecked: formData.get('cardChecked') === 'on',
  };
  const paper = formData.get('signedPaper');
  if (paper instanceof File && paper.size > UPLOAD_POLICY.maxBytes) return { values, fieldErrors: { signedPaper: ['assist.errors.paperUnusable'] } };
  const raw = { startKey: String(formData.get('startKey') ?? ''), personalId: values.personalId, procedureCode: values.procedureCode, method: values.method || undefined, cardReceipt: values.cardReceipt || undefined, cardChecked: values.cardChecked, signedPaperChosen: paper instanceof File && paper.size > 0 };
  const result = await officeAction('application.assist', assistRequestSchema, async ({ session, input }) => {
    try {
      const db = await getDb();
      const helper = await helperOf(db, session.userId);
      const signedPaper = paper instanceof File && paper.size > 0 ? new Uint8Array(await paper.arrayBuffer()) : null;
      const done = await requestAssistedFiling(db, { ...(await identityChecks()), storage: fileStorage() }, { helper, request: input, signedPaper, now: systemClock() });
      // A card read opens the form at once; an app approval is waited for on the filing's page.
      const to = done.ok ? ((await formPathOf(db, done.filing, systemClock)) ?? `/office/assist/${done.filing.id}`) : '';
      return { ok: true as const, data: done.ok ? { ok: true as const, to } : done };
    } catch (err) {
      return toActionError(err);
    }
  })(raw);
  if (!result.ok) return { values, fieldErrors: result.fieldErrors, ...(result.error === 'invalidInput' ? {} : { message: actionErrorMessage(result) }) };
  if (!result.data.ok) return { values, fieldErrors: result.data.fieldErrors };
  redirect(result.data.to);
}

export type CardReadState = { personalId?: string; fullName?: string; receipt?: string; error?: string };

/** The card reader at the desk (the simulator's stand-in in demo mode): the number and a receipt that it was read. */
export async function readCardAction(_prev: CardReadState, received: unknown): Promise<CardReadState> {
  const formData = formDataOf(received);
  const result = await officeAction('application.assist', z.object({ card: z.string().max(20) }), async ({ input }) => {
    const { cardReader } = await identityChecks();
    const read = cardReader ? await cardReader.read(input.card, systemClock()) : null;
    return { ok: true as const, data: read };
  })({ card: String(formData.get('card') ?? '') });
  if (!result.ok || !result.data) return { error: 'assist.errors.cardUnreadable' };
  return { personalId: result.data.personalId, fullName: result.data.fullName, receipt: result.data.receipt };
}
