import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { SummaryList } from '@/components/ui/summary-list';
import { getDb } from '@/db/client';
import { requireOfficePage } from '@/lib/auth';
import { can } from '@/lib/auth/permissions';
import { systemClock } from '@/lib/calendar';
import { historyOfEntry } from '@/lib/civil-status/changes';
import { openEntry } from '@/lib/civil-status/register';
import { orNotFound } from '@/lib/not-found';
import { knownParam } from '@/lib/search-params';
import { AdjustmentHistory } from './adjustment-history';
import { ChangeRequestForm } from './change-request-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('changes'))('entryTitle') };
}

/**
 * One entry of the register, within the role's scope (opening it counts as a view, Art. 8(3)): what
 * it says, its status and every change to it; an officer of the registry keeping it can ask the
 * ministry to correct, delete or restore it (Art. 12(1)(b), 13).
 */
export default async function EntryPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ sent?: string | string[] }> }) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  // Set by a request's redirect; any other value is ignored.
  const sent = knownParam(query.sent, ['deletion', 'restore', 'discrepancy'] as const);
  const session = await requireOfficePage('register.search', `/office/register/${id}`);
  const db = await getDb();
  const entry = await orNotFound(openEntry(db, { userId: session.userId, recordId: id, purpose: { purpose: 'other', note: 'register entry' }, now: systemClock() }));
  const [t, format, history] = await Promise.all([getTranslations(), getFormatter(), historyOfEntry(db, entry.id)]);
  const day = (iso: string) => iso.split('-').reverse().join('/');
  const label = (id: string) => (t.has(id) ? t(id as 'verify.title') : id);
  const mayRequest = can(session.role, 'register.requestChanges') && session.registryCode === entry.registryCode;
  const open = new Set(history.requests.filter((r) => r.status === 'pending').map((r) => r.kind));
  return (
    <div className="max-w-4xl space-y-6">
      <p>
        <Link href="/office/register">{t('changes.backToSearch')}</Link>
      </p>
      <h1 className="text-3xl font-bold">
        {t(`registerSearch.events.${entry.eventType as 'birth'}`)} — {t('registerSearch.entry', { number: entry.entryNumber, book: entry.book, date: day(entry.registeredOn) })}
      </h1>
      {sent && (
        <p role="status" className="rounded-md bg-green-800 p-4 font-semibold text-white">
          {t(`changes.sent.${sent}`)}
        </p>
      )}
      {entry.status === 'deleted' && (
        <p className="rounded-md border-4 border-brand p-4 font-semibold">{t('changes.deletedNotice')}</p>
      )}
      <SummaryList
        rows={[
          { label: t('changes.status'), value: t(`changes.entryStatus.${entry.status as 'official'}`) },
          { label: t('verify.registry'), value: entry.registryName },
          // What the entry says is the register's Vietnamese text, in any language of the page.
          ...entry.persons.map((p) => ({ label: t(`registerSearch.roles.${p.role as 'child'}`), value: <span lang="vi">{`${p.fullName}${p.dateOfBirth ? ` (${day(p.dateOfBirth)})` : ''}`}</span> })),
          ...entry.content.filter((r) => r.label !== 'verify.registry').map((r) => ({ label: label(r.label), value: <span lang="vi">{r.value}</span> })),
        ]}
      />
      <AdjustmentHistory requests={history.requests} adjustments={history.adjustments} viewer={session} />
      {mayRequest && (
        <section aria-labelledby="ask" className="space-y-4">
          <h2 id="ask" className="text-2xl font-bold">{t('changes.askTitle')}</h2>
          <p>{t('changes.askLead')}</p>
          {entry.status === 'official' && (
            <>
              <details className="rounded-md border-2 border-neutral-300 p-4">
                <summary className="cursor-pointer text-xl font-bold">{t('changes.titles.discrepancy')}</summary>
                {open.has('discrepancy') ? <p className="mt-3">{t('changes.alreadyOpen')}</p> : (
                  <div className="mt-3">
                    <ChangeRequestForm kind="discrepancy" recordId={entry.id} fields={entry.content.filter((r) => r.label !== 'verify.registry' && r.label !== 'verify.entry').map((r) => ({ id: r.label, label: label(r.label), value: r.value }))} />
                  </div>
                )}
              </details>
              <details className="rounded-md border-2 border-neutral-300 p-4">
                <summary className="cursor-pointer text-xl font-bold">{t('changes.titles.deletion')}</summary>
                {open.has('deletion') ? <p className="mt-3">{t('changes.alreadyOpen')}</p> : (
                  <div className="mt-3">
                    <ChangeRequestForm kind="deletion" recordId={entry.id} />
                  </div>
                )}
              </details>
            </>
          )}
          {entry.status === 'deleted' && (
            <div className="rounded-md border-2 border-neutral-300 p-4">
              <h3 className="text-xl font-bold">{t('changes.titles.restore')}</h3>
              {open.has('restore') ? <p className="mt-3">{t('changes.alreadyOpen')}</p> : (
                <div className="mt-3">
                  <ChangeRequestForm kind="restore" recordId={entry.id} />
                </div>
              )}
            </div>
          )}
        </section>
      )}
      <p className="text-sm text-ink-muted">{t('changes.viewed', { when: format.dateTime(systemClock(), { hour: '2-digit', minute: '2-digit' }) })}</p>
    </div>
  );
}
