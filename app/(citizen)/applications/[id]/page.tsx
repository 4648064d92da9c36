import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { SummaryList } from '@/components/ui/summary-list';
import { getDb } from '@/db/client';
import { applicationForApplicant } from '@/lib/applications/citizen-applications';
import { requireCitizenPage } from '@/lib/auth';
import { orNotFound } from '@/lib/not-found';
import { CertificatePreview } from '@/components/documents/certificate-preview';
import { latestReturnedDraft, latestSupplementRequest } from '@/lib/applications/timeline';
import { documentsOfHolder } from '@/lib/applications/documents-of-citizen';
import { DraftAnswer } from './draft-answer';
import { EDITABLE } from '@/lib/applications/save-step';
import { consentOfApplication } from '@/lib/applications/household-consent';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('applications'))('title') };
}

/** An application's status, due date and history in plain language. */
export default async function ApplicationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const citizen = await requireCitizenPage(`/applications/${id}`);
  const db = await getDb();
  const { app, registry, events, receipts } = await orNotFound(applicationForApplicant(db, id, citizen.personalId));
  const scope = { applicantPersonalId: citizen.personalId };
  const [t, format, draft, supplement, documents] = await Promise.all([
    getTranslations(),
    getFormatter(),
    app.status === 'awaitingApplicantConfirmation' ? latestReturnedDraft(db, app.id, scope) : null,
    app.status === 'needsSupplement' ? latestSupplementRequest(db, app.id, scope) : null,
    app.status === 'completed' ? documentsOfHolder(db, citizen.personalId) : [],
  ]);
  const issued = documents.filter((d) => d.applicationId === app.id);
  const consent = await consentOfApplication(db, app.id);
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
          ...(consent ? [{ label: t('consent.label'), value: t(`consent.status.${consent.status as 'given'}`) }] : []),
        ]}
      />
      {draft && (
        <section aria-labelledby="draft" className="space-y-4 rounded-md border-4 border-focus p-4">
          <h2 id="draft" className="text-2xl font-bold">{t('draft.title')}</h2>
          <p>{t('draft.lead')}</p>
          <p className="font-semibold">{t('draft.deadline', { date: when(draft.confirmationDeadline) })}</p>
          <CertificatePreview content={draft.draft} />
          <p>
            <a href={`/api/applications/${app.id}/draft`}>{t('draft.pdf')}</a>
          </p>
          <DraftAnswer applicationId={app.id} />
        </section>
      )}
      {supplement && (
        <section aria-labelledby="supplement" className="space-y-3 rounded-md border-4 border-focus p-4">
          <h2 id="supplement" className="text-2xl font-bold">{t('supplement.title')}</h2>
          <p className="whitespace-pre-line">{supplement.reason}</p>
          <ul className="list-disc space-y-1 ps-6">
            {supplement.items.map((item) => (
              <li key={item.step + item.note}>
                <strong>{t(`birth.steps.${item.step as 'child'}`)}</strong>: {item.note}{' '}
                <Link href={`/applications/${app.id}/${item.step}`}>{t('supplement.fix')}</Link>
              </li>
            ))}
          </ul>
          <p>{t('supplement.lead')}</p>
        </section>
      )}
      {issued.map((d) => (
        <p key={d.id}>
          <a href={`/api/documents/${d.id}`} className="btn-primary">{t('docs.pdf')}</a>
        </p>
      ))}
      {EDITABLE.includes(app.status) && (
        <p>
          <Link href={`/applications/${app.id}/continue`} className="btn-primary">{t('application.continue')}</Link>
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
                {e.reason && <p className="whitespace-pre-line">{t('timeline.reason', { reason: e.reason })}</p>}
              </li>
            ))}
          </ol>
          {receipts.length > 0 && (
            <ul className="space-y-1">
              {receipts.map((r) => (
                <li key={r.id}>
                  <strong>{t(`integrations.${r.system as 'residence'}`)}</strong>: {t(`integrations.status.${r.status as 'received'}`)} ({when(r.receivedAt)}
                  {r.reference ? ` · ${r.reference}` : ''})
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </div>
  );
}
