import { env } from '@/lib/env';
import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { notFound, redirect } from 'next/navigation';
import { EmptyState } from '@/components/ui/empty-state';
import { SummaryList } from '@/components/ui/summary-list';
import { getDb } from '@/db/client';
import { office, officeAccountOf, requireOfficePage } from '@/lib/auth';
import { assistCounts } from '@/lib/assisted-filing';
import { calendar, systemClock } from '@/lib/calendar';
import { getOfficeDashboard } from '@/lib/office/dashboard';
import { registryQueue } from '@/lib/applications/registry-queue';
import { QueueTable } from '@/components/office/queue-table';
import Link from 'next/link';
import { can } from '@/lib/auth/permissions';
import { upcomingAppointments } from '@/lib/applications/appointments';
import { unsentPopulationChanges } from '@/lib/office/population-sync';
import { amendedElsewhere } from '@/lib/office/amended-elsewhere';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('office'))('title') };
}

const sameText = (a: string, b: string) => a.normalize('NFC').toLowerCase() === b.normalize('NFC').toLowerCase();

export default async function OfficeDashboardPage({ searchParams }: { searchParams: Promise<{ after?: string }> }) {
  // A community helper's office is the assisted filing desk, and nothing else.
  const helper = await office();
  if (helper && !can(helper.role, 'office.dashboard.view') && can(helper.role, 'application.assist')) redirect('/office/assist');
  const session = await requireOfficePage('office.dashboard.view', '/office');
  const [db, account, { after }] = await Promise.all([getDb(), officeAccountOf(session), searchParams]);
  // The guard has checked the session against this account: its registry scopes every read, and
  // what the registry has to do is read together rather than one query after another.
  const code = account?.registryCode ?? null;
  const [t, tn, tp, format, tr, tsync, dashboard, queue, appointments, unsent, assisted, amended] = await Promise.all([
    getTranslations('office'),
    getTranslations('officeNav'),
    getTranslations('procedures'),
    getFormatter(),
    getTranslations(),
    getTranslations('populationSync'),
    getOfficeDashboard(db, account, systemClock),
    code ? registryQueue(db, code, systemClock, { after: typeof after === 'string' ? after : undefined }) : null,
    code ? upcomingAppointments(db, code, calendar.localDate(systemClock())) : [],
    code ? unsentPopulationChanges(db, code, systemClock()) : [],
    code ? assistCounts(db, code) : null,
    code ? amendedElsewhere(db, code) : [],
  ]);
  if (!dashboard) notFound();
  const { user, registry, province, today } = dashboard;
  const time = (d: Date) => format.dateTime(d, { weekday: 'short', day: '2-digit', month: '2-digit', hour: '2-digit', minute: '2-digit', timeZone: 'Asia/Ho_Chi_Minh' });
  const day = (iso: string) => format.dateTime(new Date(`${iso}T12:00:00+07:00`), { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
  return (
    <div className="space-y-8">
      <div className="space-y-1">
        <p className="text-lg text-ink-muted">{t('greeting', { name: user.fullName })}</p>
        <h1 className="text-3xl font-bold">{registry?.name ?? province?.name ?? t('scopeNational')}</h1>
      </div>
      <nav aria-label={t('title')}>
        <ul className="flex flex-wrap gap-4">
          {can(user.role, 'application.assist') && (
            <li>
              <Link href="/office/assist">{tn('assist')}</Link>
            </li>
          )}
          {can(user.role, 'register.search') && (
            <li>
              <Link href="/office/register">{tn('search')}</Link>
            </li>
          )}
          {can(user.role, 'register.approveLegacy') && (
            <li>
              <Link href="/office/legacy">{tn('legacy')}</Link>
            </li>
          )}
          {can(user.role, 'register.decideChanges') && (
            <li>
              <Link href="/office/changes">{tn('changes')}</Link>
            </li>
          )}
          {can(user.role, 'notifications.outbox.view') && env.demoMode && (
            <li>
              <Link href="/office/outbox">{tn('outbox')}</Link>
            </li>
          )}
        </ul>
      </nav>
      <SummaryList
        rows={[
          // The title is the one on the staff record, in Vietnamese.
          { label: t('role'), value: sameText(t(`roles.${user.role}`), user.title) ? <span lang="vi">{user.title}</span> : <>{t(`roles.${user.role}`)} — <span lang="vi">{user.title}</span></> },
          ...(registry ? [{ label: t('registry'), value: `${registry.name}, ${registry.provinceName}` }] : []),
          ...(province ? [{ label: t('province'), value: province.name }] : []),
          { label: t('today'), value: `${day(today.date)} — ${today.isWorkingDay ? t('workingDay') : t('nonWorkingDay')}` },
          { label: t('nextWorkingDay'), value: day(today.nextWorkingDay) },
          ...(dashboard.residents !== null ? [{ label: t('residents'), value: format.number(dashboard.residents) }] : []),
          ...(registry
            ? [
                {
                  label: t('onlineTitle'),
                  value:
                    dashboard.offlineProcedures.length === 0
                      ? t('acceptsAll')
                      : t('acceptsNone', { procedures: dashboard.offlineProcedures.map((p) => tp(`${p}.name`)).join('; ') }),
                },
              ]
            : []),
        ]}
      />
      {registry && (
        <section aria-labelledby="appointments" className="space-y-3">
          <h2 id="appointments" className="text-2xl font-bold">{t('appointmentsTitle')}</h2>
          {appointments.length === 0 ? (
            <p>{t('appointmentsEmpty')}</p>
          ) : (
            <ul className="space-y-2">
              {appointments.map((a) => (
                <li key={a.applicationId} className="rounded-md border-2 border-neutral-300 p-3">
                  <strong>{time(a.startsAt)}</strong> — <Link href={`/office/applications/${a.applicationId}`}>{t('openAppointment', { code: a.dossierCode ?? '' })}</Link> — {a.subjectName}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      {registry && (
        <section aria-labelledby="queue" className="space-y-3">
          <h2 id="queue" className="text-2xl font-bold">{t('queueTitle')}</h2>
          {!queue || queue.total === 0 ? (
            <EmptyState>
              <p>{t('queueEmpty')}</p>
            </EmptyState>
          ) : (
            <>
              <p>{t(queue.totalCapped ? 'queueCountMore' : 'queueCount', { shown: queue.items.length, total: queue.total })}</p>
              <QueueTable items={queue.items} />
              {(queue.next || !queue.first) && (
                <nav aria-label={t('queuePages')} className="flex flex-wrap gap-4">
                  {!queue.first && <Link href="/office#queue">{t('queueFirst')}</Link>}
                  {queue.next && <Link href={`/office?after=${queue.next}#queue`}>{t('queueNext')}</Link>}
                </nav>
              )}
            </>
          )}
        </section>
      )}
      {amended.length > 0 && (
        <section aria-labelledby="amended-elsewhere" className="space-y-3">
          <h2 id="amended-elsewhere" className="text-2xl font-bold">{t('amendedElsewhere.title')}</h2>
          <p>{t('amendedElsewhere.lead')}</p>
          <ul className="space-y-2">
            {amended.map((a) => (
              <li key={a.id} className="rounded-md border-2 border-neutral-300 p-3">
                <p className="font-semibold">
                  <Link href={`/office/register/${a.recordId}`}>{t('amendedElsewhere.entry', { number: a.entryNumber, book: a.book, date: a.registeredOn.split('-').reverse().join('/') })}</Link>
                  {' — '}
                  <span lang="vi">{a.byRegistryName}</span>, {time(a.at)}
                </p>
                <ul className="ps-4">
                  {a.changes.map((c) => (
                    <li key={c.field}>
                      {tr.has(c.field) ? tr(c.field as 'office.title') : c.field}: <span lang="vi">{c.old ?? '—'}</span> → <span lang="vi">{c.new ?? '—'}</span>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </section>
      )}
      {assisted && (
        <section aria-labelledby="assisted" className="space-y-3">
          <h2 id="assisted" className="text-2xl font-bold">{t('assisted.title')}</h2>
          {assisted.rows.length === 0 ? (
            <p>{t('assisted.none')}</p>
          ) : (
            <table className="w-full border-collapse text-left">
              <caption className="sr-only">{t('assisted.title')}</caption>
              <thead>
                <tr className="border-b-2 border-neutral-400">
                  <th scope="col" className="py-2 pe-3">{t('assisted.helper')}</th>
                  <th scope="col" className="py-2 pe-3 text-right">{t('assisted.started')}</th>
                  <th scope="col" className="py-2 text-right">{t('assisted.submitted')}</th>
                </tr>
              </thead>
              <tbody>
                {assisted.rows.map((r) => (
                  <tr key={r.helperUserId} className="border-b border-neutral-300">
                    <th scope="row" className="py-2 pe-3 font-normal">{r.helperName} <span className="text-ink-muted">({t(`roles.${r.role}`)})</span></th>
                    <td className="py-2 pe-3 text-right">{format.number(r.started)}</td>
                    <td className="py-2 text-right">{format.number(r.submitted)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr className="font-semibold">
                  <th scope="row" className="py-2 pe-3">{t('assisted.total')}</th>
                  <td className="py-2 pe-3 text-right">{format.number(assisted.total.started)}</td>
                  <td className="py-2 text-right">{format.number(assisted.total.submitted)}</td>
                </tr>
              </tfoot>
            </table>
          )}
        </section>
      )}
      {registry && (
        <section aria-labelledby="population-sync" className="space-y-3">
          <h2 id="population-sync" className="text-2xl font-bold">{tsync('title')}</h2>
          {unsent.length === 0 ? (
            <p>{tsync('allSent')}</p>
          ) : (
            <>
              {unsent.some((u) => u.overdue) && (
                <p role="alert" className="rounded-md border-4 border-brand p-3 font-semibold">{tsync('overdue', { count: unsent.filter((u) => u.overdue).length })}</p>
              )}
              <p>{tsync('unsent', { count: unsent.length })}</p>
              <ul className="list-disc space-y-1 ps-6">
                {unsent.map((u) => (
                  <li key={u.id}>
                    {tsync(`changes.${u.change.method}`, { personalId: u.change.personalId })} — {time(u.queuedAt)} — {tsync('attempts', { count: u.attempts })}
                    {u.lastError ? ` — ${u.lastError}` : ''}
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}
    </div>
  );
}
