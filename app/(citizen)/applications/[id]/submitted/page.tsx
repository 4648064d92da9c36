import type { Metadata } from 'next';
import Link from 'next/link';
import { nounsFrom } from '@/lib/i18n/procedure-words';
import { getFormatter, getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { getDb } from '@/db/client';
import { applicationForApplicant } from '@/lib/applications/citizen-applications';
import { requireCitizenPage } from '@/lib/auth';
import { ForgetApplicationDrafts } from '@/components/offline/forget-device-drafts';
import { orNotFound } from '@/lib/not-found';
import { procedureOf } from '@/lib/procedures';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('submitted'))('title') };
}

/** Confirmation page: the dossier code, what happens next and the due date. */
export default async function SubmittedPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const citizen = await requireCitizenPage(`/applications/${id}/submitted`);
  const { app } = await orNotFound(applicationForApplicant(await getDb(), id, citizen.personalId, citizen.organisationCode));
  if (!app.dossierCode) notFound();
  const [t, tc, all, format] = await Promise.all([getTranslations('submitted'), getTranslations('common'), getTranslations(), getFormatter()]);
  const procedure = procedureOf(app.procedureCode);
  const phone = (procedure.parseAnswers(app.answers, app.formVersion).applicant as { phone?: string } | undefined)?.phone;
  const { document } = nounsFrom(all, procedure.code);
  return (
    <div className="max-w-2xl space-y-6">
      <ForgetApplicationDrafts applicationId={id} />
      <div className="rounded-md bg-green-800 p-6 text-center text-white">
        <h1 className="text-3xl font-bold">{t('title')}</h1>
        <p className="mt-3">{t('code')}</p>
        <p className="text-2xl font-bold tracking-wide" id="dossier-code">{app.dossierCode}</p>
      </div>
      {app.dueOn ? (
        <p className="font-semibold">{t('due', { date: format.dateTime(new Date(`${app.dueOn}T12:00:00+07:00`), { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }) })}</p>
      ) : (
        <p className="font-semibold">{t('awaitingCoApplicant')}</p>
      )}
      {phone && <p>{t('sms', { phone })}</p>}
      <section aria-labelledby="next" className="space-y-2">
        <h2 id="next" className="text-2xl font-bold">{t('next')}</h2>
        <ol className="list-decimal space-y-1 ps-6">
          <li>{t('next1')}</li>
          <li>{t('next2', { document })}</li>
          <li>{t('next3', { document })}</li>
        </ol>
      </section>
      <p>
        <Link href={`/applications/${app.id}`}>{tc('myApplications')}</Link>
      </p>
    </div>
  );
}
