import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { getDb } from '@/db/client';
import { SentMessages } from '@/components/sent-messages';
import { citizen } from '@/lib/auth';
import { env } from '@/lib/env';
import { sentNotificationsTo } from '@/lib/notifications';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('outbox'))('title') };
}

/**
 * Demo mode only: the SMS and e-mails the demo message gateway "sent" to the signed-in person (or
 * about their organisation's requests). Anyone else's are never shown here; the whole outbox is in
 * the office area, for the role that may read it.
 */
export default async function OutboxPage() {
  await connection();
  if (!env.demoMode) notFound();
  const [t, reader] = await Promise.all([getTranslations('outbox'), citizen()]);
  if (!reader) {
    return (
      <div className="space-y-6">
        <h1 className="text-3xl font-bold">{t('title')}</h1>
        <p>{t('signInLead')}</p>
        <p>
          <Link href="/sign-in?callbackUrl=%2Foutbox">{t('signIn')}</Link>
        </p>
      </div>
    );
  }
  const messages = await sentNotificationsTo(await getDb(), reader, { limit: 100 });
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p>{t('ownLead')}</p>
      <SentMessages messages={messages} />
    </div>
  );
}
