import { z } from 'zod';
import { insertSentNotification } from '@/db/queries/outbox';
import type { Db } from '@/db/types';

export const NOTIFICATION_TOPICS = { sms: 'notification.sms', email: 'notification.email' } as const;

/** An SMS or e-mail as queued in the outbox (already rendered). */
export const outgoingMessage = z.object({
  channel: z.enum(['sms', 'email']),
  to: z.string().min(1),
  subject: z.string(),
  body: z.string().min(1),
  applicationId: z.uuid().nullable(),
  /** The person it is for, when known: the demo outbox shows each person their own messages only. Absent in messages queued before it existed. */
  recipientPersonalId: z.string().nullable().default(null),
});
export type OutgoingMessage = z.infer<typeof outgoingMessage>;

/**
 * The SMS/e-mail provider as the portal sees it. `id` is the outbox row's id: a real provider
 * receives it as its idempotency key, so a redelivered message is sent once.
 */
export interface MessageGateway {
  send(message: OutgoingMessage & { id: string; sentAt: Date }): Promise<void>;
}

/** The demo provider: nothing leaves the machine; messages land on the demo outbox page. */
export function createDemoMessageGateway(db: Db): MessageGateway {
  return {
    async send(m) {
      await insertSentNotification(db, {
        id: m.id,
        channel: m.channel,
        recipient: m.to,
        applicationId: m.applicationId,
        recipientPersonalId: m.recipientPersonalId,
        subject: m.subject,
        body: m.body,
        sentAt: m.sentAt,
      });
    },
  };
}
