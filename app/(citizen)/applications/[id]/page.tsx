import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { SummaryList } from '@/components/ui/summary-list';
import { getDb } from '@/db/client';
import { applicationForApplicant } from '@/lib/applications/citizen-applications';
import { requireCitizenPage } from '@/lib/auth';
import { isAppError } from '@/lib/errors';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('applications'))('title') };
}

/** An application's status, due date and history in plain language. */
export default async function ApplicationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const citizen = await requireCitizenPage(`/applications/${id}`);
  const { app, registry, events } = await applicationForApplicant(await getDb(), id, citizen.personalId).catch((err: unknown) => {
    if (isAppError(err, 'notFound')) notFound();
    throw err;
  });
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const when = (d: Date) => format.dateTime(d, { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' });
  const day = (iso: string) => format.dateTime(new Date(`${iso}T12:00:00+07:00`), { day: '2-digit', month: '2-digit', year: 'numeric' });
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-3xl font-bold">{app.dossierCode ? t('application.title', { code: app.dossierCode }) : t('application.draftTitle')}</h1>
      <SummaryList
        rows={[
          { label: t('application.procedure'), value: t(`procedures.${app.procedureCode as 'birthRegistration'}.name`) },
          { label: t('application.status'), value: <strong>{t(`statuses.${app.status as 'draft'}`)}</strong> },
          { label: t('application.registry'), value: registry ? `${registry.name}, ${registry.provinceName}` : app.registryCode },
          ...(app.submittedAt ? [{ label: t('application.submittedAt'), value: when(app.submittedAt) }] : []),
          ...(app.dueOn ? [{ label: t('application.due'), value: day(app.dueOn) }] : []),
        ]}
      />
      {(app.status === 'draft' || app.status === 'needsSupplement') && (
        <p>
          <Link href={`/applications/${app.id}/registry`} className="btn-primary">{t('application.continue')}</Link>
        </p>
      )}
      {events.length > 0 && (
        <section aria-labelledby="timeline" className="space-y-3">
          <h2 id="timeline" className="text-2xl font-bold">{t('application.timeline')}</h2>
          <ol className="space-y-3 border-s-4 border-neutral-300 ps-4">
            {events.map((e) => (
              <li key={e.id}>
                <p className="text-sm text-ink-muted">{when(e.at)}</p>
                <p className="font-semibold">{t(`timeline.${e.action as 'submit'}`)}</p>
                {e.reason && <p>{t('timeline.reason', { reason: e.reason })}</p>}
              </li>
            ))}
          </ol>
        </section>
      )}
    </div>
  );
}
