import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { requireOfficePage } from '@/lib/auth';
import { pendingChangeRequests } from '@/lib/civil-status/changes';
import { orNotFound } from '@/lib/not-found';
import { knownParam } from '@/lib/search-params';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('changes'))('queueTitle') };
}

/** The ministry's database manager's queue: requests to correct, delete or restore entries, oldest first. */
export default async function ChangeRequestsPage({ searchParams }: { searchParams: Promise<{ decided?: string | string[] }> }) {
  const session = await requireOfficePage('register.decideChanges', '/office/changes');
  const [params, t, format, requests] = await Promise.all([searchParams, getTranslations(), getFormatter(), getDb().then((db) => orNotFound(pendingChangeRequests(db, session.userId)))]);
  // Set by the decision's redirect; any other value is ignored.
  const decided = knownParam(params.decided, ['approved', 'refused'] as const);
  const day = (iso: string) => iso.split('-').reverse().join('/');
  return (
    <div className="max-w-4xl space-y-6">
      <h1 className="text-3xl font-bold">{t('changes.queueTitle')}</h1>
      <p>{t('changes.queueLead')}</p>
      {decided && (
        <p role="status" className="rounded-md bg-green-800 p-4 font-semibold text-white">
          {t(`changes.decided.${decided}`)}
        </p>
      )}
      {requests.length === 0 ? (
        <p>{t('changes.queueEmpty')}</p>
      ) : (
        <ul className="space-y-3">
          {requests.map((r) => (
            <li key={r.id} className="space-y-1 rounded-md border-2 border-neutral-300 p-3">
              <p className="text-lg font-bold">
                <Link href={`/office/changes/${r.id}`}>
                  {t(`changes.titles.${r.kind as 'deletion'}`)} — {t(`registerSearch.events.${r.record.eventType as 'birth'}`)} {t('registerSearch.entry', { number: r.record.entryNumber, book: r.record.book, date: day(r.record.registeredOn) })}
                </Link>
              </p>
              <p>
                {r.registryName} — {format.dateTime(r.requestedAt, { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' })}
              </p>
              <p lang="vi">{r.record.nameOnRecord}</p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
