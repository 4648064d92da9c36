'use client';

import { useTranslations } from 'next-intl';

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations('errors');
  return (
    <div role="alert" className="space-y-4">
      <h1 className="text-3xl font-bold">{t('errorTitle')}</h1>
      <p>{t('error')}</p>
      <button type="button" className="btn-primary" onClick={reset}>{t('retry')}</button>
    </div>
  );
}
