import { getTranslations } from 'next-intl/server';
import { type FeeAssessment } from '@/lib/fees';

/** The fee and the reason for it, shown before submission and while it waits to be paid. */
export async function FeeBox({ fee, lead, titled = true }: { fee: FeeAssessment; lead?: string; /** False inside a section that already says "Lệ phí". */ titled?: boolean }) {
  const [t, tc] = await Promise.all([getTranslations('payment'), getTranslations('common')]);
  const vnd = (amount: number) => tc('amountVnd', { amount });
  return (
    <section aria-labelledby={titled ? 'fee' : undefined} aria-label={titled ? undefined : t('title')} className="space-y-2 rounded-md border-2 border-neutral-400 p-4">
      {titled && <h2 id="fee" className="text-xl font-bold">{t('title')}</h2>}
      {fee.kind === 'due' && (
        <>
          <p className="text-lg font-semibold">{t('due', { amount: vnd(fee.amountVnd) })}</p>
          <ul className="list-disc ps-6">
            {fee.lines.map((l) => (
              <li key={l.item}>
                {t('line', { quantity: l.quantity, unit: vnd(l.unitVnd), basis: l.legalBasis })} {l.sample && <em>{t('sample')}</em>}
              </li>
            ))}
          </ul>
          {lead && <p>{lead}</p>}
        </>
      )}
      {fee.kind === 'exempt' && <p>{t('exempt', { reason: t(`exemptions.${fee.exemption}`) })}</p>}
      {fee.kind === 'none' && <p>{t('none')}</p>}
      {fee.kind === 'notPublished' && <p>{t('notPublished')}</p>}
    </section>
  );
}
