import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import type { QueueItem } from '@/lib/applications/registry-queue';

const FLAG_STYLE = { overdue: 'bg-brand text-white', today: 'bg-focus text-ink', later: 'bg-neutral-200 text-ink' } as const;

/** The registry's queue: due dates in working days, what is due today or overdue stands out. */
export async function QueueTable({ items }: { items: QueueItem[] }) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const day = (iso: string) => format.dateTime(new Date(`${iso}T12:00:00+07:00`), { day: '2-digit', month: '2-digit', year: 'numeric' });
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left">
        <caption className="sr-only">{t('queue.title')}</caption>
        <thead>
          <tr className="border-b-2 border-ink">
            <th scope="col" className="p-2">{t('queue.code')}</th>
            <th scope="col" className="p-2">{t('queue.procedure')}</th>
            <th scope="col" className="p-2">{t('queue.applicant')}</th>
            <th scope="col" className="p-2">{t('queue.status')}</th>
            <th scope="col" className="p-2">{t('queue.due')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id} className="border-b border-neutral-300">
              <td className="p-2">
                <Link href={`/office/applications/${item.id}`} aria-label={t('queue.open', { code: item.dossierCode ?? '' })}>
                  {item.dossierCode}
                </Link>
              </td>
              <td className="p-2">
                {t(`procedures.${item.procedureCode}.name`)}
                {item.subjectName && <span className="block text-sm text-ink-muted">{item.subjectName}</span>}
              </td>
              <td className="p-2">{item.applicantName}</td>
              <td className="p-2">{t(`statuses.${item.status}`)}</td>
              <td className="p-2">
                {item.dueOn ? day(item.dueOn) : '—'}{' '}
                {item.delayed && <span className="ms-1 rounded bg-brand px-2 py-0.5 text-sm font-semibold text-white">{t('queue.delayed')}</span>}
                {item.due ? (
                  <span className={`ms-1 rounded px-2 py-0.5 text-sm font-semibold ${FLAG_STYLE[item.due]}`}>{t(`queue.${item.due}`)}</span>
                ) : (
                  <span className="ms-1 text-sm text-ink-muted">{t('queue.paused')}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
