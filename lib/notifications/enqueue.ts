import { selectParties, type ApplicationRow } from '@/db/queries/applications';
import { insertOutbox } from '@/db/queries/outbox';
import type { Db } from '@/db/types';
import { population } from '@/lib/population';
import { NOTIFICATION_TOPICS, type OutgoingMessage } from './gateway';
import { procedureOf } from '@/lib/procedures';
import { procedureNouns } from '@/lib/i18n/procedure-words';
import { renderTemplate, type MessageNouns, type TemplateId, type TemplateParams } from './templates';

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
  nouns: MessageNouns;
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
  const message = renderTemplate(input.template, input.dossierCode, input.params, input.nouns);
  const queue = async (channel: OutgoingMessage['channel'], to: string | null, subject: string, body: string) => {
    if (!to) return false;
    const payload: OutgoingMessage = { channel, to, subject, body, applicationId: input.applicationId, recipientPersonalId: input.personalId ?? null };
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

/** The words of an application's procedure, for its messages. */
export function nounsOf(procedureCode: string): MessageNouns {
  const procedure = procedureOf(procedureCode);
  return { vi: procedureNouns(procedure.code, 'vi'), en: procedureNouns(procedure.code, 'en'), form: procedure.formFor().messages };
}

/** The applicant's phone and e-mail as given on the shared APPLICANT page of every e-form. */
function applicantContact(answers: unknown): { phone?: string; email?: string } {
  const page = answers && typeof answers === 'object' ? (answers as Record<string, unknown>).applicant : undefined;
  if (!page || typeof page !== 'object') return {};
  const { phone, email } = page as Record<string, unknown>;
  return { phone: typeof phone === 'string' ? phone : undefined, email: typeof email === 'string' ? email : undefined };
}

/**
 * Notifies the applicant of an application at the version just written, and every co-applicant
 * (the other party to a marriage) at their own population-database contacts.
 */
export async function notifyApplicant<T extends TemplateId>(tx: Db, app: ApplicationRow, template: T, params: TemplateParams[T], now: Date) {
  const answers = applicantContact(app.answers);
  const base = { applicationId: app.id, dossierCode: app.dossierCode ?? '', template, params, nouns: nounsOf(app.procedureCode), now };
  const sent = await enqueueNotification(tx, { ...base, eventKey: `${app.id}:v${app.version}:${template}`, personalId: app.applicantPersonalId, phone: answers.phone, email: answers.email });
  for (const party of await selectParties(tx, app.id)) {
    await enqueueNotification(tx, { ...base, eventKey: `${app.id}:v${app.version}:${template}:${party.personalId}`, personalId: party.personalId });
  }
  return sent;
}
