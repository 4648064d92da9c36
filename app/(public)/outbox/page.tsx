import type { Metadata } from 'next';
import { connection } from 'next/server';
import { getFormatter, getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { getDb } from '@/db/client';
import { sentNotifications } from '@/lib/notifications';
import { env } from '@/lib/env';


export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('outbox'))('title') };
}

/** Demo mode only: the SMS and e-mails the demo message gateway "sent". */
/** Phone numbers and e-mail addresses are masked: the page is public in demo mode. */
function maskRecipient(r: string): string {
  if (r.includes('@')) return r.replace(/^(.).*(@.*)$/, '$1***$2');
  return r.length > 4 ? `${r.slice(0, 3)}****${r.slice(-2)}` : '****';
}

export default async function OutboxPage() {
  await connection();
  if (!env.demoMode) notFound();
  const [t, format, messages] = await Promise.all([getTranslations('outbox'), getFormatter(), getDb().then((db) => sentNotifications(db, { limit: 100 }))]);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p>{t('lead')}</p>
      {messages.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <ul className="space-y-3">
          {messages.map((m) => (
            <li key={m.id} className="rounded-md border-2 border-neutral-300 p-3">
              <p className="text-sm text-ink-muted">
                {m.channel.toUpperCase()} · {t('to')}: {maskRecipient(m.recipient)} · {format.dateTime(m.sentAt, { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' })}
              </p>
              {m.subject && <p className="font-semibold">{m.subject}</p>}
              <p className="whitespace-pre-line">{m.body}</p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
