import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('payment'))('title') };
}

/** Where a payment return that could not be verified lands: nothing was changed. */
export default async function InvalidPaymentReturnPage() {
  const [t, tc] = await Promise.all([getTranslations('payment'), getTranslations('common')]);
  return (
    <div className="max-w-2xl space-y-4">
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p role="alert" className="font-semibold">{t('invalidReturn')}</p>
      <p>
        <Link href="/applications">{tc('myApplications')}</Link>
      </p>
    </div>
  );
}
