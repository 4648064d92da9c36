import { desc } from 'drizzle-orm';
import { sentNotifications } from '../schema';
import type { Db } from '../types';

export async function selectSentNotifications(db: Db, limit: number) {
  return db.select().from(sentNotifications).orderBy(desc(sentNotifications.sentAt)).limit(limit);
}
