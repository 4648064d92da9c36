'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { answerConsentRequest } from '@/lib/applications/consents';
import { citizenAction } from '@/lib/auth';
import { systemClock } from '@/lib/calendar';
import { toActionError } from '@/lib/errors';
import { formDataOf } from '@/lib/form-data';

const input = z.object({ consentId: z.uuid(), answer: z.enum(['agree', 'decline']) });

/** A person answers a consent request addressed to them, and only to them. */
export async function answerConsentAction(received: unknown) {
  const formData = formDataOf(received);
  await citizenAction('application.own.manage', input, async ({ session, input: data }) => {
    // A consent is a person's own: never given from an organisation's session.
    if (session.organisationCode) return { ok: false, error: 'notFound' };
    try {
      await answerConsentRequest(await getDb(), { consentId: data.consentId, personalId: session.personalId, agree: data.answer === 'agree', now: systemClock() });
      return { ok: true, data: true };
    } catch (err) {
      return toActionError(err);
    }
  })({ consentId: formData.get('consentId'), answer: formData.get('answer') });
  revalidatePath('/me');
}
