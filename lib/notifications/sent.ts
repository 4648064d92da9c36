import { selectSentNotifications } from '@/db/queries/outbox';
import type { Db } from '@/db/types';

/** Everything the demo gateway "sent", newest first: the office's view (optionally for one application). */
export function sentNotifications(db: Db, options: { limit: number; applicationId?: string }) {
  return selectSentNotifications(db, options);
}

/**
 * What was sent to the reader, newest first: a person's own messages, or an organisation's about
 * its applications. Nobody else's: the demo outbox page is open to anyone signed in.
 */
export function sentNotificationsTo(db: Db, reader: { personalId: string; organisationCode: string | null }, options: { limit: number }) {
  return selectSentNotifications(db, reader.organisationCode ? { organisationCode: reader.organisationCode, limit: options.limit } : { to: reader.personalId, limit: options.limit });
}
