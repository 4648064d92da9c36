import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { formPathOf, helperOf, refreshAssistedFiling } from '@/lib/assisted-filing';
import { identityChecks } from '@/lib/assisted-filing/checks';
import { requireOfficePage } from '@/lib/auth';
import { systemClock } from '@/lib/calendar';
import { orNotFound } from '@/lib/not-found';
import { WaitForApproval } from './wait-for-approval';
import { ForgetApplicationDrafts } from '@/components/offline/forget-device-drafts';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('assist'))('filingTitle') };
}

/**
 * One filing the helper started: waiting for the citizen's approval on their VNeID app (the page
 * asks again every few seconds), refused, expired, or approved with the form to fill; once
 * submitted, only its dossier code: the application is the citizen's.
 */
export default async function AssistedFilingPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const session = await requireOfficePage('application.assist', `/office/assist/${id}`);
  const db = await getDb();
  const helper = await orNotFound(helperOf(db, session.userId));
  const view = await orNotFound(refreshAssistedFiling(db, await identityChecks(), { filingId: id, helper, now: systemClock() }));
  const [t, tp] = await Promise.all([getTranslations('assist'), getTranslations('procedures')]);
  const { filing, citizenName, application, problem } = view;
  const formPath = application?.status === 'draft' ? await formPathOf(db, filing, systemClock) : null;
  return (
    <div className="max-w-2xl space-y-6">
      <p>
        <Link href="/office/assist">← {t('backToList')}</Link>
      </p>
      <div className="space-y-2">
        <p className="text-lg text-ink-muted">{tp(`${filing.procedureCode}.name`)}</p>
        <h1 className="text-3xl font-bold">{t('filingHeading', { name: citizenName })}</h1>
      </div>
      {filing.status === 'awaitingApproval' && (
        <div className="space-y-3">
          <p role="status" className="rounded-md border-4 border-focus p-4 text-lg font-semibold">{t('waiting', { name: citizenName })}</p>
          <p>{t('waitingHelp')}</p>
          <WaitForApproval label={t('checkAgain')} />
        </div>
      )}
      {filing.status === 'refused' && <p role="alert" className="rounded-md border-4 border-brand p-4 font-semibold">{t('refused', { name: citizenName })}</p>}
      {filing.status === 'expired' && <p role="alert" className="rounded-md border-4 border-brand p-4 font-semibold">{t('expired')}</p>}
      {problem === 'registryNotOnline' && <p role="alert" className="rounded-md border-4 border-brand p-4 font-semibold">{t('registryNotOnline')}</p>}
      {filing.status === 'approved' && formPath && (
        <div className="space-y-3">
          <p role="status" className="font-semibold">{t(filing.method === 'vneidApp' ? 'approved' : 'cardAccepted', { name: citizenName })}</p>
          <Link href={formPath} className="btn-primary inline-block">{t('openForm')}</Link>
        </div>
      )}
      {application && application.status !== 'draft' && <ForgetApplicationDrafts applicationId={filing.applicationId!} />}
      {application && application.status !== 'draft' && (
        <div role="status" className="space-y-2 rounded-md bg-green-800 p-4 text-white">
          <p className="text-lg font-bold">{t('handedOver', { code: application.dossierCode ?? '' })}</p>
          <p>{t('handedOverLead', { name: citizenName })}</p>
        </div>
      )}
      {(filing.status === 'refused' || filing.status === 'expired') && (
        <p>
          <Link href="/office/assist">{t('tryAgain')}</Link>
        </p>
      )}
    </div>
  );
}
