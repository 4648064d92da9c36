import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { EmptyState } from '@/components/ui/empty-state';
import { getDb } from '@/db/client';
import { systemClock } from '@/lib/calendar';
import { documentsOfHolder } from '@/lib/applications/documents-of-citizen';
import { requireCitizenPage } from '@/lib/auth';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('documents'))('title') };
}

export default async function MyDocumentsPage() {
  const citizen = await requireCitizenPage('/documents');
  const [t, format, documents] = await Promise.all([getTranslations(), getFormatter(), getDb().then((db) => documentsOfHolder(db, citizen.personalId, systemClock()))]);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t('documents.title')}</h1>
      {documents.length === 0 ? (
        <EmptyState title={t('documents.emptyTitle')}>
          <p>{t('documents.empty')}</p>
        </EmptyState>
      ) : (
        <ul className="space-y-3">
          {documents.map((d) => (
            <li key={d.id} className="space-y-1 rounded-md border-2 border-neutral-300 p-4">
              <h2 className="text-lg font-bold">
                {t(`docs.${d.kind}`)} — {d.holderName}
              </h2>
              <p>
                {t('docs.issued')}: {format.dateTime(d.issuedAt, { day: '2-digit', month: '2-digit', year: 'numeric' })} · {t(`docs.status.${d.status}`)}
              </p>
              <p>
                <a href={`/api/documents/${d.id}`}>
                  {t('docs.pdf')}
                  <span className="sr-only"> — {d.holderName}</span>
                </a>
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
