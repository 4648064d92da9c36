import type { ApplicationRow } from '@/db/queries/applications';
import { insertOutbox } from '@/db/queries/outbox';
import type { Db } from '@/db/types';
import { population } from '@/lib/population';
import { NOTIFICATION_TOPICS, type OutgoingMessage } from './gateway';
import { renderTemplate, type TemplateId, type TemplateParams } from './templates';

export type NotificationInput<T extends TemplateId> = {
  applicationId: string | null;
  dossierCode: string;
  /** Names the event, so a retried use case queues each message once (`<id>:v<version>:<template>`). */
  eventKey: string;
  /** Whose population-database contact details fill in a missing phone or e-mail. */
  personalId?: string | null;
  phone?: string | null;
  email?: string | null;
  template: T;
  params: TemplateParams[T];
  now: Date;
};

const present = (s: string | null | undefined) => (s && s.trim() ? s.trim() : null);

/**
 * Queues an SMS and an e-mail in the caller's transaction, so the message exists exactly when the
 * change it announces commits. A channel without an address is skipped.
 */
export async function enqueueNotification<T extends TemplateId>(tx: Db, input: NotificationInput<T>): Promise<{ sms: boolean; email: boolean }> {
  let phone = present(input.phone);
  let email = present(input.email);
  if ((!phone || !email) && input.personalId) {
    const person = await population(tx).findPerson(input.personalId);
    phone ??= present(person?.phone);
    email ??= present(person?.email);
  }
  const message = renderTemplate(input.template, input.dossierCode, input.params);
  const queue = async (channel: OutgoingMessage['channel'], to: string | null, subject: string, body: string) => {
    if (!to) return false;
    const payload: OutgoingMessage = { channel, to, subject, body, applicationId: input.applicationId };
    await insertOutbox(tx, {
      topic: NOTIFICATION_TOPICS[channel],
      idempotencyKey: `${input.eventKey}:${channel}`,
      payload,
      createdAt: input.now,
      nextAttemptAt: input.now,
    });
    return true;
  };
  return {
    sms: await queue('sms', phone, message.subject, message.sms),
    email: await queue('email', email, message.subject, message.email),
  };
}

type ApplicantAnswers = { applicant?: { phone?: string; email?: string } };

/** Notifies the applicant of an application at the version just written. */
export function notifyApplicant<T extends TemplateId>(tx: Db, app: ApplicationRow, template: T, params: TemplateParams[T], now: Date) {
  const answers = app.answers as ApplicantAnswers;
  return enqueueNotification(tx, {
    applicationId: app.id,
    dossierCode: app.dossierCode ?? '',
    eventKey: `${app.id}:v${app.version}:${template}`,
    personalId: app.applicantPersonalId,
    phone: answers.applicant?.phone,
    email: answers.applicant?.email,
    template,
    params,
    now,
  });
}
