import { getFormatter, getTranslations } from 'next-intl/server';
import type { AdjustmentRow } from '@/db/queries/register-changes';
import type { ChangeRequestSummary } from '@/lib/civil-status/changes';

/**
 * An entry's history: every request to change it with its decision, and every adjustment with
 * the five elements of the log (Circular 01/2022 Art. 4(2)).
 */
export async function AdjustmentHistory({ requests, adjustments, viewer }: { requests: readonly ChangeRequestSummary[]; adjustments: readonly AdjustmentRow[]; viewer: { role: string; registryCode?: string | null } }) {
  // The evidence is the deciding manager's and the filing registry's (lib/civil-status/changes.ts, evidenceOf).
  const mayOpen = (r: ChangeRequestSummary) => viewer.role === 'dbManager' || (viewer.role === 'officer' && viewer.registryCode === r.registryCode);
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const when = (d: Date) => format.dateTime(d, { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' });
  const label = (id: string) => (id === 'status' ? t('changes.status') : t.has(id) ? t(id as 'verify.title') : id);
  const value = (field: string, v: string | null) => (v === null ? '—' : field === 'status' ? t(`changes.entryStatus.${v as 'official'}`) : v);
  return (
    <>
      <section aria-labelledby="adjustments" className="space-y-3">
        <h2 id="adjustments" className="text-2xl font-bold">{t('changes.logTitle')}</h2>
        {adjustments.length === 0 ? (
          <p>{t('changes.noAdjustments')}</p>
        ) : (
          <ol className="space-y-3">
            {adjustments.map((a) => (
              <li key={a.id} className="space-y-1 rounded-md border-2 border-neutral-300 p-3">
                <p className="font-semibold">{when(a.at)} — {t(`changes.paths.${a.path as 'deletion'}`)}</p>
                <ul className="list-disc ps-6">
                  {a.changes.map((c) => (
                    <li key={c.field}>{t('changes.item', { field: label(c.field), old: value(c.field, c.old), new: value(c.field, c.new) })}</li>
                  ))}
                </ul>
                <p><span className="font-semibold">{t('changes.legalBasis')}: </span><span lang="vi">{a.legalBasis}</span></p>
                <p><span className="font-semibold">{t('changes.decisionMaker')}: </span><span lang="vi">{a.decisionMaker}</span></p>
                <p><span className="font-semibold">{t('changes.implementer')}: </span><span lang="vi">{a.implementer}</span></p>
              </li>
            ))}
          </ol>
        )}
      </section>
      {requests.length > 0 && (
        <section aria-labelledby="requests" className="space-y-3">
          <h2 id="requests" className="text-2xl font-bold">{t('changes.requestsTitle')}</h2>
          <ul className="space-y-3">
            {requests.map((r) => (
              <li key={r.id} className="space-y-1 rounded-md border-2 border-neutral-300 p-3">
                <p className="font-semibold">
                  {when(r.requestedAt)} — {t(`changes.titles.${r.kind as 'deletion'}`)} — {t(`changes.requestStatus.${r.status as 'pending'}`)}
                </p>
                <p><span className="font-semibold">{t('changes.requestedBy')}: </span><span lang="vi">{r.requestedBy}, {r.registryName}</span></p>
                <p><span className="font-semibold">{t('changes.fields.reasons')}: </span><span lang="vi">{r.reasons}</span></p>
                <p><span className="font-semibold">{t('changes.fields.grounds')}: </span><span lang="vi">{r.grounds}</span></p>
                {r.reviewNote && <p><span className="font-semibold">{t('changes.reviewNote')}: </span><span lang="vi">{r.reviewNote}</span></p>}
                {mayOpen(r) && <p><a href={`/api/register-requests/${r.id}/evidence`} target="_blank" rel="noopener">{t('changes.viewEvidence', { name: r.evidenceName })}</a></p>}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
