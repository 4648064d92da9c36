import { summaryValue } from '@/components/ui/summary-value';
import { appointmentOf } from '@/lib/applications/appointments';
import type { Metadata } from 'next';
import { nounsFrom } from '@/lib/i18n/procedure-words';
import { getFormatter, getTranslations } from 'next-intl/server';
import { AttachmentViewer } from '@/components/office/attachment-viewer';
import { SummaryList } from '@/components/ui/summary-list';
import { getDb } from '@/db/client';
import { selectAttachmentsOfApplication } from '@/db/queries/attachments';
import { consentsOfApplication } from '@/lib/applications/consents';
import { applicationForReview } from '@/lib/applications/review-application';
import { applicationTimeline, registrationFacts } from '@/lib/applications/timeline';
import { requireOfficePage } from '@/lib/auth';
import { formatPersonalId } from '@/lib/identity/personal-id';
import { orNotFound } from '@/lib/not-found';
import type { Person } from '@/lib/population/types';
import type { SummaryRow } from '@/lib/procedures/contract';
import { formatAddress } from '@/lib/reference/address';
import { ethnicityName } from '@/lib/reference/ethnicities';
import { allowedActions, type Status } from '@/lib/workflow/table';
import { DecisionForms } from './decision-forms';
import { assistanceOf } from '@/lib/assisted-filing';
import { CopiesPanel } from './copies-panel';
import { candidateEntries } from '@/lib/applications/issue-copies';
import { systemClock } from '@/lib/calendar';
import { DECISIONS, type Decision } from '../decisions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('review'))('answers') };
}

/** The e-form field a summary row shows, as findings name it (`<page>.<field>`). */
function findingField(row: SummaryRow): string {
  return row.finding ?? `${row.step}.${row.label.split('.').at(-1)}`;
}

/** The officer's review, for any procedure: answers beside the databases, findings, attachments, decisions. */
export default async function ReviewApplicationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const session = await requireOfficePage('registry.queue.view', `/office/applications/${id}`);
  const db = await getDb();
  const review = await orNotFound(applicationForReview(db, id, session.registryCode ?? ''));
  const { application: app, procedure, answers, ctx, mismatches } = review;
  const scope = { registryCode: app.registryCode };
  const [t, format, attachments, timeline, consents, registered, appointment, assistance] = await Promise.all([
    getTranslations(),
    getFormatter(),
    selectAttachmentsOfApplication(db, app.id),
    applicationTimeline(db, app.id, scope),
    consentsOfApplication(db, app.id),
    registrationFacts(db, app.id, scope),
    appointmentOf(db, app.id),
    assistanceOf(db, app.id),
  ]);
  const nouns = nounsFrom(t, procedure.code);
  const ns = procedure.formFor(app.formVersion).messages;
  const status = app.status as Status;
  const rows = procedure.summary(answers, ctx);
  const value = (r: SummaryRow) => summaryValue(t, r);
  const when = (d: Date) => format.dateTime(d, { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' });
  const actor = session.role === 'signer' ? 'signer' : 'officer';
  // The table says who may act; the page offers only the decisions it has forms for.
  // Recording the applicant's confirmation at the desk is for those helped there without a phone.
  const allowed = allowedActions(status, actor, procedure.presence).filter((a): a is Decision => (DECISIONS as readonly string[]).includes(a) && (a !== 'confirmAtDesk' || assistance?.method === 'chipCard'));
  const candidates = allowedActions(status, 'officer', procedure.presence).includes('issueCopies') && actor === 'officer'
    ? await candidateEntries(db, { applicationId: app.id, officer: { userId: session.userId, registryCode: session.registryCode ?? '' }, now: systemClock() })
    : null;
  const day = (iso: string) => format.dateTime(new Date(`${iso}T12:00:00+07:00`), { day: '2-digit', month: '2-digit', year: 'numeric' });
  const finding = (code: string) => (code.includes('.') ? t(code as 'validation.required') : t(`findings.${code}` as 'findings.lateRegistration'));
  const personRows = (p: Person) => [
    { label: t('me.fullName'), value: p.fullName },
    { label: t('me.personalId'), value: formatPersonalId(p.personalId) },
    { label: t('me.dateOfBirth'), value: p.dateOfBirth.split('-').reverse().join('/') },
    { label: t('me.sex'), value: t(`sex.${p.sex}`) },
    { label: t('me.ethnicity'), value: ethnicityName(p.ethnicityCode) ?? p.ethnicityCode },
    { label: t('me.homeTown'), value: p.homeTown },
    { label: t('me.permanentResidence'), value: p.permanentResidence ? formatAddress(p.permanentResidence) : '—' },
    { label: t('me.maritalStatus'), value: t(`maritalStatus.${p.maritalStatus ?? 'unknown'}`) },
    ...(p.vitalStatus === 'deceased' ? [{ label: t('review.vitalStatus'), value: t('review.deceased', { date: p.dateOfDeath?.split('-').reverse().join('/') ?? '' }) }] : []),
  ];

  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <h1 className="text-3xl font-bold">{t('review.title', { code: app.dossierCode ?? '' })}</h1>
        <p className="text-lg">
          {nouns.procedure}
          {app.subjectName && ` — ${app.subjectName}`}
        </p>
        <p className="text-lg font-semibold">{t.has(`${ns}.statuses.${status}`) ? t(`${ns}.statuses.${status}`) : t(`statuses.${status}`)}</p>
        {consents.map((c) => (
          <p key={c.personalId + c.purpose}>
            {t(`${ns}.consents.${c.purpose}`)}: <strong>{t(`consent.status.${c.status}`)}</strong>
          </p>
        ))}
        {assistance && <p>{t('assist.filedWithHelp', { helper: assistance.helperName })}</p>}
        {app.confirmationDeadline && status === 'awaitingApplicantConfirmation' && <p>{t('review.deadline', { date: when(app.confirmationDeadline) })}</p>}
        {appointment && <p className="font-semibold">{t('review.appointment', { date: when(appointment.startsAt) })}</p>}
        {app.dueOn && <p>{t('review.due', { date: app.dueOn.split('-').reverse().join('/') })}{app.delayedAt && <strong> ({t('application.delayed')})</strong>}</p>}
        {status !== 'submitted' && status !== 'inReview' && status !== 'verificationPending' && (
          <p><a href={`/api/applications/${app.id}/draft`}>{t('review.draftPreview')}</a></p>
        )}
      </div>

      {status === 'awaitingPersonalId' && (
        <p role="status" className="rounded-md border-s-8 border-focus bg-neutral-100 p-3 text-lg">
          {t('review.awaitingPersonalId')}
        </p>
      )}

      {registered && (
        <p role="status" className="rounded-md border-4 border-green-800 p-3 text-lg font-semibold">
          {t('review.registered', { entry: registered.entryNumber ?? '', book: registered.book ?? '', personalId: formatPersonalId(registered.subjectPersonalId ?? '') })}
        </p>
      )}

      <section aria-labelledby="findings" className="space-y-2">
        <h2 id="findings" className="text-2xl font-bold">{t('review.findings')}</h2>
        {mismatches.length === 0 ? (
          <p>{t('review.noFindings')}</p>
        ) : (
          <ul className="space-y-2">
            {mismatches.map((m) => (
              <li key={m.field + m.code} className={`rounded-md border-s-8 p-3 ${m.severity === 'error' ? 'border-brand bg-brand-light' : 'border-focus bg-neutral-100'}`}>
                <p className="font-semibold">{finding(m.code)}</p>
                {(m.typed || m.onRecord) && (
                  <p className="text-sm">
                    {m.typed && `${t('findings.typed')}: ${m.typed}`} {m.onRecord && `· ${t('findings.onRecord')}: ${m.onRecord}`}
                  </p>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      <div className="grid gap-8 lg:grid-cols-2">
        <section aria-labelledby="answers" className="space-y-2">
          <h2 id="answers" className="text-2xl font-bold">{t('review.answers')}</h2>
          <SummaryList
            rows={rows.map((r) => {
              const found = mismatches.find((m) => m.field === findingField(r));
              return { label: t(r.label), value: value(r), highlight: found?.severity, note: found ? finding(found.code) : undefined };
            })}
          />
        </section>
        <section aria-labelledby="database" className="space-y-4">
          <h2 id="database" className="text-2xl font-bold">{t('review.database')}</h2>
          {procedure.reviewPanels(ctx).map((panel) => (
            <div key={panel.title}>
              <h3 className="text-lg font-bold">{t(panel.title as 'review.mother')}</h3>
              <SummaryList rows={personRows(panel.person)} />
            </div>
          ))}
        </section>
      </div>

      <section aria-labelledby="attachments" className="space-y-3">
        <h2 id="attachments" className="text-2xl font-bold">{t('review.attachments')}</h2>
        {attachments.length === 0 ? <p>{t('review.noAttachments')}</p> : attachments.map((a) => <AttachmentViewer key={a.id} id={a.id} name={a.originalName} mimeType={a.mimeType} />)}
      </section>

      {candidates && (
        <CopiesPanel
          applicationId={app.id}
          candidates={candidates.map((c) => ({
            id: c.id,
            official: c.status === 'official',
            event: t(`registerSearch.events.${c.eventType as 'birth'}`),
            entry: t('registerSearch.entry', { number: c.entryNumber, book: c.book, date: day(c.registeredOn) }),
            registry: c.registryName,
            persons: c.persons.map((p) => `${t(`registerSearch.roles.${p.role as 'child'}`)}: ${p.fullName}${p.dateOfBirth ? ` (${day(p.dateOfBirth)})` : ''}`).join('; '),
          }))}
        />
      )}

      {allowed.length > 0 && (
        <section aria-labelledby="actions" className="space-y-3">
          <h2 id="actions" className="text-2xl font-bold">{t('review.actions')}</h2>
          <DecisionForms
            applicationId={app.id}
            allowed={allowed}
            document={nouns.document}
            ceremony={procedure.presence === 'ceremony'}
            originals={attachments.filter((a) => !a.issuedDocumentId).map((a) => ({ id: a.id, name: a.originalName, kind: t(`${ns}.fields.${a.kind}` as 'review.title') }))}
            steps={procedure.visiblePages(answers, ctx).map((s) => ({ id: s, label: t(`${ns}.steps.${s}`) }))}
            agencies={procedure.verification?.agencies ?? []}
            labels={Object.fromEntries(allowed.filter((d) => t.has(`${ns}.decisions.${d}`)).map((d) => [d, t(`${ns}.decisions.${d}` as 'review.title')]))}
          />
        </section>
      )}

      <section aria-labelledby="log" className="space-y-3">
        <h2 id="log" className="text-2xl font-bold">{t('review.timeline')}</h2>
        <ol className="space-y-2 border-s-4 border-neutral-300 ps-4">
          {timeline.map((e) => (
            <li key={`${e.at.toISOString()}-${e.action}`}>
              <span className="text-sm text-ink-muted">{when(e.at)}</span> — <strong>{t.has(`${ns}.timeline.${e.action}`) ? t(`${ns}.timeline.${e.action}` as 'review.title') : t(`timeline.${e.action as 'submit'}`, { event: nouns.event, document: nouns.document, helper: String(e.payload.helperName ?? ''), desk: String(e.payload.desk ?? '') })}</strong>
              {e.reason && <span> — {e.reason}</span>}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
