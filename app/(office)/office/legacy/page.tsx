import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { EmptyState } from '@/components/ui/empty-state';
import { getDb } from '@/db/client';
import { requireOfficePage } from '@/lib/auth';
import { pendingLegacyEntries } from '@/lib/civil-status/register';
import { ApproveForm } from './approve-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('legacy'))('title') };
}

/** The provincial supervisor's screen: digitised entries of the province waiting for approval (Art. 10(3)). */
export default async function LegacyApprovalPage() {
  const session = await requireOfficePage('register.approveLegacy', '/office/legacy');
  const [t, entries] = await Promise.all([getTranslations(), getDb().then((db) => pendingLegacyEntries(db, session.userId))]);
  const day = (iso: string | null) => (iso ? iso.split('-').reverse().join('/') : '');
  return (
    <div className="max-w-4xl space-y-6">
      <h1 className="text-3xl font-bold">{t('legacy.title')}</h1>
      <p>{t('legacy.lead')}</p>
      {entries.length === 0 ? (
        <EmptyState title={t('legacy.none')}>
          <p>{t('legacy.lead')}</p>
        </EmptyState>
      ) : (
        <ul className="space-y-3">
          {entries.map((e) => (
            <li key={e.id} className="space-y-1 rounded-md border-2 border-neutral-300 p-3">
              <h2 className="text-lg font-bold">
                {t(`registerSearch.events.${e.eventType as 'birth'}`)} — {t('registerSearch.entry', { number: e.entryNumber, book: e.book, date: day(e.registeredOn) })}
              </h2>
              <p>
                {t('legacy.registry')}: {e.registryName}
              </p>
              <p>{e.persons.map((p) => `${t(`registerSearch.roles.${p.role as 'child'}`)}: ${p.fullName}${p.dateOfBirth ? ` (${day(p.dateOfBirth)})` : ''}`).join('; ')}</p>
              <ApproveForm recordId={e.id} number={e.entryNumber} book={e.book} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
