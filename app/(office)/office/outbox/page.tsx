import type { Metadata } from 'next';
import { connection } from 'next/server';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { SentMessages } from '@/components/sent-messages';
import { getDb } from '@/db/client';
import { requireOfficePage } from '@/lib/auth';
import { env } from '@/lib/env';
import { sentNotifications } from '@/lib/notifications';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('outbox'))('officeTitle') };
}

/** Demo mode: every message the demo gateway sent, for the role that may read them all. */
export default async function OfficeOutboxPage() {
  await connection();
  await requireOfficePage('notifications.outbox.view', '/office/outbox');
  if (!env.demoMode) notFound();
  const [t, messages] = await Promise.all([getTranslations('outbox'), getDb().then((db) => sentNotifications(db, { limit: 200 }))]);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t('officeTitle')}</h1>
      <p>{t('officeLead')}</p>
      <SentMessages messages={messages} />
    </div>
  );
}
