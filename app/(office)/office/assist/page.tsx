import { randomUUID } from 'node:crypto';
import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { ASSISTABLE_PROCEDURES, filingsOfHelper, helperOf } from '@/lib/assisted-filing';
import { identityChecks } from '@/lib/assisted-filing/checks';
import { requireOfficePage } from '@/lib/auth';
import { orNotFound } from '@/lib/not-found';
import { DEMO_CARDS } from '@/lib/vneid-sim/chip-card';
import { AssistForm } from './assist-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('assist'))('title') };
}

/**
 * The one-stop desk (or the commune's community digital-technology team): start an application
 * on behalf of a citizen who is present, and the helper's own list of those started.
 */
export default async function AssistPage() {
  const session = await requireOfficePage('application.assist', '/office/assist');
  const db = await getDb();
  const helper = await orNotFound(helperOf(db, session.userId));
  const [t, tp, format, checks, filings] = await Promise.all([getTranslations(), getTranslations('procedures'), getFormatter(), identityChecks(), filingsOfHelper(db, session.userId)]);
  const when = (d: Date) => format.dateTime(d, { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Asia/Ho_Chi_Minh' });
  return (
    <div className="max-w-3xl space-y-8">
      <div className="space-y-2">
        <p className="text-lg text-ink-muted">{helper.deskName}</p>
        <h1 className="text-3xl font-bold">{t('assist.title')}</h1>
        <p>{t('assist.lead')}</p>
      </div>
      <AssistForm
        procedures={ASSISTABLE_PROCEDURES.map((code) => ({ code, name: tp(`${code}.name`) }))}
        methods={{ vneidApp: checks.approvals !== null, chipCard: checks.cardReader !== null }}
        demoCards={checks.cardReader ? DEMO_CARDS : []}
        startKey={randomUUID()}
      />
      <section aria-labelledby="mine" className="space-y-3">
        <h2 id="mine" className="text-2xl font-bold">{t('assist.mine')}</h2>
        {filings.length === 0 ? (
          <p>{t('assist.mineEmpty')}</p>
        ) : (
          <ul className="space-y-2">
            {filings.map(({ filing, dossierCode, applicationStatus, citizenName }) => (
              <li key={filing.id} className="rounded-md border-2 border-neutral-300 p-3">
                <p>
                  <strong>{tp(`${filing.procedureCode}.name`)}</strong> — {citizenName} — <span className="text-ink-muted">{when(filing.requestedAt)}</span>
                </p>
                <p>
                  {applicationStatus === 'withdrawn' && !dossierCode
                    ? t('assist.withdrawn')
                    : applicationStatus && applicationStatus !== 'draft'
                    ? t('assist.handedOver', { code: dossierCode ?? '' })
                    : applicationStatus === 'draft'
                      ? <Link href={`/office/assist/${filing.id}`}>{t('assist.continue')}</Link>
                      : <Link href={`/office/assist/${filing.id}`}>{t(`assist.statuses.${filing.status as 'awaitingApproval'}`)}</Link>}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
