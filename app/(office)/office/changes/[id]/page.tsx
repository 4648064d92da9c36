import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { SummaryList } from '@/components/ui/summary-list';
import { getDb } from '@/db/client';
import { requireOfficePage } from '@/lib/auth';
import { systemClock } from '@/lib/calendar';
import { changeRequestForReview } from '@/lib/civil-status/changes';
import { orNotFound } from '@/lib/not-found';
import { AdjustmentHistory } from '../../register/[id]/adjustment-history';
import { DecisionForm } from './decision-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('changes'))('reviewTitle') };
}

/**
 * What the manager reviews before deciding (Circular 01/2022 Art. 12(2), 13(3)): the entry as
 * registered, what the registry asks and why, the evidence, and the entry's history.
 */
export default async function ChangeRequestReviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const session = await requireOfficePage('register.decideChanges', `/office/changes/${id}`);
  const db = await getDb();
  const review = await orNotFound(changeRequestForReview(db, { userId: session.userId, requestId: id, now: systemClock() }));
  const t = await getTranslations();
  const { request, persons } = review;
  const record = request.record;
  const day = (iso: string) => iso.split('-').reverse().join('/');
  const label = (id: string) => (id === 'status' ? t('changes.status') : t.has(id) ? t(id as 'verify.title') : id);
  return (
    <div className="max-w-4xl space-y-6">
      <p>
        <Link href="/office/changes">{t('changes.backToQueue')}</Link>
      </p>
      <h1 className="text-3xl font-bold">
        {t(`changes.titles.${request.kind as 'deletion'}`)} — {t(`registerSearch.events.${record.eventType as 'birth'}`)} {t('registerSearch.entry', { number: record.entryNumber, book: record.book, date: day(record.registeredOn) })}
      </h1>
      <section aria-labelledby="entry" className="space-y-2">
        <h2 id="entry" className="text-2xl font-bold">{t('changes.entryAsRegistered')}</h2>
        <SummaryList
          rows={[
            { label: t('changes.status'), value: t(`changes.entryStatus.${record.status as 'official'}`) },
            { label: t('verify.registry'), value: record.registryName },
            // What the entry says is the register's Vietnamese text, in any language of the page.
            ...persons.map((p) => ({ label: t(`registerSearch.roles.${p.role as 'child'}`), value: <span lang="vi">{`${p.fullName}${p.dateOfBirth ? ` (${day(p.dateOfBirth)})` : ''}`}</span> })),
            ...record.content.filter((r) => r.label !== 'verify.registry').map((r) => ({ label: label(r.label), value: <span lang="vi">{r.value}</span> })),
          ]}
        />
      </section>
      <section aria-labelledby="asked" className="space-y-2">
        <h2 id="asked" className="text-2xl font-bold">{t('changes.whatIsAsked')}</h2>
        <SummaryList
          rows={[
            { label: t('changes.requestedBy'), value: <span lang="vi">{request.requestedBy}, {request.registryName}</span> },
            { label: t(request.kind === 'discrepancy' ? 'changes.fields.dossier' : 'changes.fields.grounds'), value: <span lang="vi">{request.grounds}</span> },
            ...(request.kind === 'discrepancy' ? [] : [{ label: t('changes.fields.scope'), value: <span lang="vi">{request.scope}</span> }]),
            { label: t('changes.fields.reasons'), value: <span lang="vi">{request.reasons}</span> },
            ...request.changes.map((c) => ({ label: label(c.field), value: t('changes.itemShort', { old: c.old ?? '—', new: c.new ?? '—' }), highlight: 'warning' as const })),
            { label: t(request.kind === 'discrepancy' ? 'changes.fields.evidence' : 'changes.fields.judgment'), value: <a href={`/api/register-requests/${request.id}/evidence`} target="_blank" rel="noopener">{t('changes.viewEvidence', { name: request.evidenceName })}</a> },
          ]}
        />
      </section>
      <AdjustmentHistory requests={review.requests.filter((r) => r.id !== request.id)} adjustments={review.adjustments} viewer={session} />
      {request.status === 'pending' ? (
        <section aria-labelledby="decide" className="space-y-3">
          <h2 id="decide" className="text-2xl font-bold">{t('changes.decideTitle')}</h2>
          <DecisionForm requestId={request.id} />
        </section>
      ) : (
        <p className="rounded-md border-4 border-neutral-400 p-4">
          <strong>{t(`changes.requestStatus.${request.status as 'approved'}`)}</strong> — <span lang="vi">{review.decidedBy}</span>: <span lang="vi">{request.reviewNote}</span>
        </p>
      )}
    </div>
  );
}
