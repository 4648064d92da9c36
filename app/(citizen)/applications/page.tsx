import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { EmptyState } from '@/components/ui/empty-state';
import { getDb } from '@/db/client';
import { applicationsOfApplicant } from '@/lib/applications/citizen-applications';
import { requireCitizenPage } from '@/lib/auth';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('applications'))('title') };
}

export default async function MyApplicationsPage({ searchParams }: { searchParams: Promise<{ after?: string | string[] }> }) {
  const citizen = await requireCitizenPage('/applications');
  const { after } = await searchParams;
  const [t, format, list] = await Promise.all([
    getTranslations(),
    getFormatter(),
    getDb().then((db) => applicationsOfApplicant(db, citizen.personalId, citizen.organisationCode, { after: typeof after === 'string' ? after : undefined })),
  ]);
  const apps = list.items;
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t(citizen.organisationCode ? 'applications.organisationTitle' : 'applications.title')}</h1>
      {apps.length === 0 && list.first ? (
        <EmptyState title={t('applications.emptyTitle')}>
          <p>{t('applications.empty')}</p>
          <p>
            <Link href="/#catalogue">{t('applications.browse')}</Link>
          </p>
        </EmptyState>
      ) : (
        <ul className="space-y-3">
          {apps.map((a) => (
            <li key={a.id} className="rounded-md border-2 border-neutral-300 p-4">
              <h2 className="text-lg font-bold">
                {t(`procedures.${a.procedureCode}.name`)}
                {a.subjectName && <span className="font-normal"> — {a.subjectName}</span>}
              </h2>
              <p>
                {a.dossierCode ?? t('application.noCode')} · <strong>{t(`statuses.${a.status as 'draft'}`)}</strong>
              </p>
              <p className="text-sm text-ink-muted">
                {t('application.updated')}: {format.dateTime(a.updatedAt, { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' })}
              </p>
              <p className="mt-2">
                <Link href={`/applications/${a.id}`}>
                  {a.status === 'draft' ? t('application.continue') : t('application.view')}
                  <span className="sr-only"> {[a.dossierCode, a.subjectName].filter(Boolean).join(' — ')}</span>
                </Link>
              </p>
            </li>
          ))}
        </ul>
      )}
      {(list.next || !list.first) && (
        <nav aria-label={t('applications.pages')} className="flex flex-wrap gap-4">
          {!list.first && <Link href="/applications">{t('applications.newest')}</Link>}
          {list.next && <Link href={`/applications?after=${list.next}`}>{t('applications.older')}</Link>}
        </nav>
      )}
    </div>
  );
}
