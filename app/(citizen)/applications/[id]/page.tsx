import { ForgetApplicationDrafts } from '@/components/offline/forget-device-drafts';
import { ClientMessages } from '@/lib/i18n/client-messages';
import type { Metadata } from 'next';
import Link from 'next/link';
import { nounsFrom } from '@/lib/i18n/procedure-words';
import { getFormatter, getTranslations } from 'next-intl/server';
import { DocumentPreview } from '@/components/documents/document-preview';
import { SummaryList } from '@/components/ui/summary-list';
import { getDb } from '@/db/client';
import { applicationForApplicant } from '@/lib/applications/citizen-applications';
import { consentsOfApplication } from '@/lib/applications/consents';
import { documentsOfApplication } from '@/lib/applications/documents-of-citizen';
import { latestReturnedDraft, latestSupplementRequest, registrationFacts } from '@/lib/applications/timeline';
import { requireCitizenPage } from '@/lib/auth';
import { formatPersonalId } from '@/lib/identity/personal-id';
import { orNotFound } from '@/lib/not-found';
import { procedureOf } from '@/lib/procedures';
import { allowedActions, EDITABLE, type Status } from '@/lib/workflow/table';
import { openSlots } from '@/lib/applications/appointments';
import { openApplication } from '@/lib/applications/open-application';
import { calendar, systemClock } from '@/lib/calendar';
import { summaryValue } from '@/components/ui/summary-value';
import { AppointmentForm, type SlotOption } from './appointment-form';
import { DraftAnswer } from './draft-answer';
import { JointDeclarationForm } from './joint-declaration-form';
import { WithdrawForm } from './withdraw-form';
import { FeeBox } from './fee-box';
import { startPaymentAction } from '../actions';
import { feeToPay, paymentsOf } from '@/lib/applications/payments';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('applications'))('title') };
}

/** An application's status, due date and history in plain language, for any procedure. */
export default async function ApplicationPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ payment?: string }> }) {
  const [{ id }, { payment: returned }] = await Promise.all([params, searchParams]);
  const citizen = await requireCitizenPage(`/applications/${id}`);
  const db = await getDb();
  const { app, registry, events, receipts, parties, applicantName, isApplicant } = await orNotFound(applicationForApplicant(db, id, citizen.personalId, citizen.organisationCode));
  const scope = { partyPersonalId: citizen.personalId, organisationCode: citizen.organisationCode };
  const status = app.status as Status;
  const procedure = procedureOf(app.procedureCode);
  const ceremony = procedure.presence === 'ceremony' && status === 'awaitingPickup';
  const [t, format, draft, supplement, issued, consents, registered, booking] = await Promise.all([
    getTranslations(),
    getFormatter(),
    status === 'awaitingApplicantConfirmation' ? latestReturnedDraft(db, app.id, scope) : null,
    status === 'needsSupplement' ? latestSupplementRequest(db, app.id, scope) : null,
    documentsOfApplication(db, app.id, citizen.personalId, citizen.organisationCode),
    consentsOfApplication(db, app.id),
    registrationFacts(db, app.id, scope),
    ceremony ? openSlots(db, { applicationId: app.id, personalId: citizen.personalId, organisationCode: citizen.organisationCode, now: systemClock() }) : null,
  ]);
  const inUse = issued.filter((d) => d.status !== 'superseded');
  const replaced = issued.filter((d) => d.status === 'superseded');
  const awaitingPayment = status === 'awaitingPayment' && isApplicant;
  const [fee, attempts] = awaitingPayment
    ? await Promise.all([feeToPay(db, { applicationId: app.id, personalId: citizen.personalId, organisationCode: citizen.organisationCode, now: systemClock() }), paymentsOf(db, { applicationId: app.id, personalId: citizen.personalId, organisationCode: citizen.organisationCode })])
    : [null, []];
  // While the other party decides, both read what was declared.
  const declared = status === 'awaitingCoApplicant' ? await openApplication(db, app, calendar.localDate(systemClock())) : null;
  const nouns = nounsFrom(t, procedure.code);
  const vnd = (amount: number) => t('common.amountVnd', { amount });
  const ns = procedure.formFor(app.formVersion).messages;
  const when = (d: Date) => format.dateTime(d, { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' });
  const day = (iso: string) => format.dateTime(new Date(`${iso}T12:00:00+07:00`), { day: '2-digit', month: '2-digit', year: 'numeric' });
  const holderNameOf = (id: string) => (id === app.applicantPersonalId ? applicantName : (parties.find((p) => p.personalId === id)?.fullName ?? ''));
  const confirmed = app.confirmation && ['awaitingRegistration', 'awaitingPersonalId', 'awaitingSignature', 'awaitingPickup'].includes(status);
  return (
    <ClientMessages include={[ns]}>
      <div className="max-w-3xl space-y-6">
        {/* Past the draft (paid later, issued at once, or opened again): nothing of it stays on the device. */}
        {!EDITABLE.includes(status) && <ForgetApplicationDrafts applicationId={app.id} />}
        <h1 className="text-3xl font-bold">{app.dossierCode ? t('application.title', { code: app.dossierCode }) : t('application.draftTitle')}</h1>
        <SummaryList
          rows={[
            { label: t('application.procedure'), value: t(`procedures.${app.procedureCode}.name`) },
            ...(app.subjectName ? [{ label: t('application.subject'), value: app.subjectName }] : []),
            { label: t('application.status'), value: <strong>{t.has(`${ns}.statuses.${status}`) ? t(`${ns}.statuses.${status}`) : t(`statuses.${status}`)}</strong> },
            { label: t('application.registry'), value: registry ? `${registry.name}, ${registry.provinceName}` : app.registryCode },
            ...(app.submittedAt ? [{ label: t('application.submittedAt'), value: when(app.submittedAt) }] : []),
            ...(app.dueOn ? [{ label: t('application.due'), value: app.delayedAt ? <>{day(app.dueOn)} <strong>({t('application.delayed')})</strong></> : day(app.dueOn) }] : []),
            ...(registered ? [{ label: t('application.registered'), value: t('application.entry', { entry: registered.entryNumber ?? '', book: registered.book ?? '', date: day(registered.registeredOn ?? '') }) }] : []),
            ...(registered?.subjectPersonalId ? [{ label: t('application.subjectPersonalId'), value: formatPersonalId(registered.subjectPersonalId) }] : []),
            ...consents.map((c) => ({ label: t(`${ns}.consents.${c.purpose}`), value: t(`consent.status.${c.status}`) })),
            ...(parties.length > 0 ? [{ label: t('joint.applicant'), value: applicantName }] : []),
            ...parties.map((p) => ({ label: t('joint.party'), value: `${p.fullName} — ${t(`joint.status.${p.status}`)}` })),
          ]}
        />
        {returned && ['paid', 'failed', 'abandoned'].includes(returned) && (
          <p role="status" className={`rounded-md p-3 font-semibold ${returned === 'paid' ? 'bg-green-800 text-white' : 'border-4 border-focus'}`}>
            {t(`payment.returned.${returned as 'paid'}`)}
          </p>
        )}
        {awaitingPayment && fee && (
          <section id="payment" aria-labelledby="payment-title" className="space-y-3 rounded-md border-4 border-focus p-4">
            <h2 id="payment-title" className="text-2xl font-bold">{t('payment.title')}</h2>
            <p>{t('payment.waiting')}</p>
            <FeeBox fee={fee} titled={false} />
            {attempts.length > 0 && (
              <>
                <h3 className="font-semibold">{t('payment.attempts')}</h3>
                <ul className="list-disc ps-6">
                  {attempts.map((p) => (
                    <li key={p.id}>{t('payment.attempt', { when: when(p.createdAt), amount: vnd(p.amountVnd), status: t(`payment.status.${p.status as 'paid'}`) })}</li>
                  ))}
                </ul>
              </>
            )}
            {fee.kind === 'due' && (
              <form action={startPaymentAction}>
                <input type="hidden" name="applicationId" value={app.id} />
                <button type="submit" className="btn-primary">{t(attempts.length > 0 ? 'payment.payAgain' : 'payment.pay', { amount: vnd(fee.amountVnd) })}</button>
              </form>
            )}
          </section>
        )}
        {confirmed && (
          <p role="status" className="rounded-md bg-green-800 p-3 font-semibold text-white">
            {t(app.confirmation === 'timeout' ? 'draft.confirmedBySilence' : 'draft.confirmedNote', { event: nouns.event })}
          </p>
        )}
        {declared && (
          <section aria-labelledby="declared" className="space-y-2">
            <h2 id="declared" className="text-2xl font-bold">{t('joint.declared')}</h2>
            <SummaryList rows={procedure.summary(declared.answers, declared.ctx).map((r) => ({ label: t(r.label), value: summaryValue(t, r) }))} />
          </section>
        )}
        {status === 'awaitingCoApplicant' && parties.some((p) => p.personalId === citizen.personalId && p.status === 'pending') && (
          <JointDeclarationForm applicationId={app.id} applicantName={applicantName} event={nouns.event} />
        )}
        {status === 'awaitingCoApplicant' && isApplicant && <p role="status" className="rounded-md border-4 border-focus p-3">{t('joint.waiting', { names: parties.map((p) => p.fullName).join(', ') })}</p>}
        {booking && (
          <AppointmentForm
            applicationId={app.id}
            current={booking.appointment ? when(booking.appointment.startsAt) : null}
            canMove={!booking.appointment || booking.appointment.moves < 1}
            days={Object.values(
              booking.slots.reduce<Record<string, { label: string; slots: SlotOption[] }>>((acc, s) => {
                const label = format.dateTime(new Date(`${s.date}T12:00:00+07:00`), { weekday: 'long', day: '2-digit', month: '2-digit', year: 'numeric' });
                (acc[s.date] ??= { label, slots: [] }).slots.push({ startsAt: s.startsAt, time: s.time });
                return acc;
              }, {}),
            )}
          />
        )}
        {draft && (
          <section aria-labelledby="draft" className="space-y-4 rounded-md border-4 border-focus p-4">
            <h2 id="draft" className="text-2xl font-bold">{t('draft.title', { document: nouns.document })}</h2>
            <p>{t('draft.lead')}</p>
            <p className="font-semibold">{t('draft.deadline', { date: when(draft.confirmationDeadline) })}</p>
            <DocumentPreview rows={procedure.document.preview(draft.draft)} />
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
                  <strong>{t(`${ns}.steps.${item.step}`)}</strong>: {item.note}{' '}
                  <Link href={`/applications/${app.id}/${item.step}`}>{t('supplement.fix')}</Link>
                </li>
              ))}
            </ul>
            <p>{t('supplement.lead')}</p>
          </section>
        )}
        {inUse.map((d) => (
          <p key={d.id}>
            <a href={`/api/documents/${d.id}`} className={d.holderPersonalId === citizen.personalId ? 'btn-primary' : 'btn-secondary'}>
              {inUse.length === 1
                ? t('docs.pdf')
                : inUse.every((x) => x.holderPersonalId === d.holderPersonalId)
                  ? t('docs.copyN', { n: d.copyNumber })
                  : t('docs.pdfOf', { name: d.holderPersonalId === citizen.personalId ? t('docs.yours') : holderNameOf(d.holderPersonalId) })}
            </a>
          </p>
        ))}
        {/* Versions an amendment replaced: still there to read, never mistaken for the one in use. */}
        {replaced.map((d) => (
          <p key={d.id}>
            <a href={`/api/documents/${d.id}`}>{t('docs.replacedVersion', { version: d.version })}</a>
          </p>
        ))}
        {isApplicant && EDITABLE.includes(status) && (
          <p>
            <Link href={`/applications/${app.id}/continue`} className="btn-primary">{t('application.continue')}</Link>
          </p>
        )}
        {isApplicant && allowedActions(status, 'citizen', procedure.presence).includes('withdraw') && <WithdrawForm applicationId={app.id} />}
        {events.length > 0 && (
          <section aria-labelledby="timeline" className="space-y-3">
            <h2 id="timeline" className="text-2xl font-bold">{t('application.timeline')}</h2>
            <ol className="space-y-3 border-s-4 border-neutral-300 ps-4">
              {events.map((e) => (
                <li key={e.id}>
                  <p className="text-sm text-ink-muted">{when(e.at)}</p>
                  <p className="font-semibold">{t.has(`${ns}.timeline.${e.action}`) ? t(`${ns}.timeline.${e.action}` as 'review.title') : t(`timeline.${e.action as 'submit'}`, { event: nouns.event, document: nouns.document, helper: String((e.payload as Record<string, unknown>).helperName ?? ''), desk: String((e.payload as Record<string, unknown>).desk ?? '') })}</p>
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
    </ClientMessages>
  );
}
