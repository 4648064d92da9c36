import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { EmptyState } from '@/components/ui/empty-state';
import { getDb } from '@/db/client';
import { systemClock } from '@/lib/calendar';
import { documentsOfHolder } from '@/lib/applications/documents-of-citizen';
import { requireCitizenPage } from '@/lib/auth';
import { receiptsOf } from '@/lib/applications/payments';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('documents'))('title') };
}

export default async function MyDocumentsPage() {
  const citizen = await requireCitizenPage('/documents');
  const db = await getDb();
  const [t, format, documents, receipts] = await Promise.all([getTranslations(), getFormatter(), documentsOfHolder(db, citizen.personalId, citizen.organisationCode, systemClock()), receiptsOf(db, citizen.personalId, citizen.organisationCode)]);
  // Several copies issued for one request are told apart by their number.
  const copies = (d: (typeof documents)[number]) => documents.filter((x) => x.applicationId === d.applicationId && x.kind === d.kind && x.holderPersonalId === d.holderPersonalId).length;
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t(citizen.organisationCode ? 'documents.organisationTitle' : 'documents.title')}</h1>
      {documents.length === 0 ? (
        <EmptyState title={t('documents.emptyTitle')}>
          <p>{t('documents.empty')}</p>
        </EmptyState>
      ) : (
        <ul className="space-y-3">
          {documents.map((d) => (
            <li key={d.id} className="space-y-1 rounded-md border-2 border-neutral-300 p-4">
              <h2 className="text-lg font-bold">
                {t(`docs.${d.kind}`)} — {d.holderName}
              </h2>
              <p>
                {t('docs.issued')}: {format.dateTime(d.issuedAt, { day: '2-digit', month: '2-digit', year: 'numeric' })} · {t(`docs.status.${d.status}`)}
              </p>
              <p>
                <a href={`/api/documents/${d.id}`}>
                  {copies(d) > 1 ? t('docs.copyN', { n: d.copyNumber }) : t('docs.pdf')}
                  <span className="sr-only"> — {d.holderName}</span>
                </a>
              </p>
            </li>
          ))}
        </ul>
      )}
      {receipts.length > 0 && (
        <section aria-labelledby="receipts" className="space-y-2">
          <h2 id="receipts" className="text-2xl font-bold">{t('payment.receipts')}</h2>
          <ul className="space-y-2">
            {receipts.map((r) => (
              <li key={r.id} className="rounded-md border-2 border-neutral-300 p-3">
                {t('payment.receiptLine', { amount: t('common.amountVnd', { amount: r.amountVnd }), code: r.dossierCode, transaction: r.transactionId, when: format.dateTime(r.paidAt, { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' }) })}
                {r.refund && <strong> · {t(r.refund === 'due' ? 'payment.refundDue' : 'payment.refunded')}</strong>}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
