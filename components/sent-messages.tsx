import { getFormatter, getTranslations } from 'next-intl/server';
import type { SentNotificationRow } from '@/db/queries/outbox';

/** Phone numbers and e-mail addresses are masked even for their owner: screens are shared. */
function maskRecipient(r: string): string {
  if (r.includes('@')) return r.replace(/^(.).*(@.*)$/, '$1***$2');
  return r.length > 4 ? `${r.slice(0, 3)}****${r.slice(-2)}` : '****';
}

/** A list of SMS and e-mails the demo gateway sent, newest first. */
export async function SentMessages({ messages }: { messages: readonly SentNotificationRow[] }) {
  const [t, format] = await Promise.all([getTranslations('outbox'), getFormatter()]);
  if (messages.length === 0) return <p>{t('empty')}</p>;
  return (
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
  );
}
