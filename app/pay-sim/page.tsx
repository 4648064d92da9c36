import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { SummaryList } from '@/components/ui/summary-list';
import { env } from '@/lib/env';
import { PAYMENT_RETURN_PATH } from '@/lib/payments/gateway';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('paySim'))('title') };
}

/** The built-in payment gateway's checkout page (demo mode only), as a bank's would look. */
export default async function PaymentSimulatorPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  if (!env.payments.simulatorEnabled) notFound();
  const [t, tc, raw] = await Promise.all([getTranslations('paySim'), getTranslations('common'), searchParams]);
  const get = (k: string) => (typeof raw[k] === 'string' ? raw[k] : '');
  const amount = Number(get('amountVnd'));
  if (!/^[0-9a-f-]{36}$/.test(get('paymentId')) || !Number.isSafeInteger(amount) || amount <= 0 || get('returnUrl') !== `${env.appUrl}${PAYMENT_RETURN_PATH}`) notFound();
  const hidden = { paymentId: get('paymentId'), amountVnd: String(amount), returnUrl: get('returnUrl') };
  return (
    <div className="mx-auto max-w-lg space-y-6 rounded-lg border-4 border-[#00695c] p-5">
      <h1 className="text-2xl font-bold text-[#00695c]">{t('title')}</h1>
      <p className="rounded bg-neutral-100 p-3 text-sm">{t('lead')}</p>
      <SummaryList
        rows={[
          { label: t('merchant'), value: t('merchantName') },
          { label: t('description'), value: get('description') },
          { label: t('amount'), value: <strong>{tc('amountVnd', { amount })}</strong> },
        ]}
      />
      <form method="post" action="/pay-sim/answer" className="flex flex-wrap gap-3">
        {Object.entries(hidden).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <button type="submit" name="result" value="paid" className="btn-primary">{t('pay')}</button>
        <button type="submit" name="result" value="cancelled" className="btn-secondary">{t('cancel')}</button>
        <button type="submit" name="result" value="failed" className="btn-secondary">{t('fail')}</button>
      </form>
    </div>
  );
}
