'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';

type Lookup = { state: 'idle' | 'searching' | 'notFound' | 'error' } | { state: 'found'; fullName: string; birthYear: number };

/** Shows who a typed personal ID number belongs to, as soon as it has 12 digits. */
export function PersonalIdLookup({ value }: { value: string }) {
  const t = useTranslations('lookup');
  const [lookup, setLookup] = useState<Lookup>({ state: 'idle' });
  const id = value.replace(/[\s.]/g, '');
  useEffect(() => {
    if (!/^\d{12}$/.test(id)) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      setLookup({ state: 'searching' });
      fetch(`/api/population/lookup?personalId=${id}`, { signal: controller.signal })
        .then(async (r) => {
          if (r.status === 404) return setLookup({ state: 'notFound' });
          if (!r.ok) return setLookup({ state: 'error' });
          const body = (await r.json()) as { fullName: string; birthYear: number };
          setLookup({ state: 'found', ...body });
        })
        .catch(() => undefined);
    }, 250);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [id]);
  const shown = /^\d{12}$/.test(id) ? lookup : { state: 'idle' as const };
  return (
    <p aria-live="polite" className="mt-2 min-h-6">
      {shown.state === 'searching' && <span className="text-ink-muted">{t('searching')}</span>}
      {shown.state === 'found' && <span className="font-semibold text-green-800">✓ {t('found', { name: shown.fullName, year: shown.birthYear })}</span>}
      {shown.state === 'notFound' && <span className="font-semibold text-brand-dark">{t('notFound')}</span>}
    </p>
  );
}
