import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

export default async function NotFound() {
  const [t, tc] = await Promise.all([getTranslations('errors'), getTranslations('common')]);
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">{t('notFoundTitle')}</h1>
      <p>{t('notFound')}</p>
      <p>
        <Link href="/">{tc('backHome')}</Link>
      </p>
    </div>
  );
}
