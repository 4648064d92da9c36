import { selectSentNotifications } from '@/db/queries/outbox';
import type { Db } from '@/db/types';

/** What the demo gateway "sent", newest first: the demo outbox page (optionally for one application). */
export function sentNotifications(db: Db, options: { limit: number; applicationId?: string }) {
  return selectSentNotifications(db, options);
}
