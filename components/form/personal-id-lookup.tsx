'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';

type Lookup = { state: 'idle' | 'searching' | 'notFound' | 'rateLimited' | 'error' } | { state: 'found'; maskedName: string };

type Props = {
  value: string;
  /** The application and the field being filled: the server checks the person against the part the field is for. */
  applicationId: string;
  step: string;
  field: string;
  /** The unsaved answer, on the same page, saying what the person is to the applicant. */
  kinship?: string;
};

/**
 * Shows whose a typed personal ID number is — a masked name, and only for a person who fits the
 * field (a mother of the right age, a living spouse of marriageable age…) — as soon as it has 12
 * digits; otherwise "no matching person", or that too many numbers were looked up.
 */
export function PersonalIdLookup({ value, applicationId, step, field, kinship }: Props) {
  const t = useTranslations();
  const [lookup, setLookup] = useState<Lookup>({ state: 'idle' });
  const id = value.replace(/[\s.]/g, '');
  useEffect(() => {
    if (!/^\d{12}$/.test(id)) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      setLookup({ state: 'searching' });
      fetch('/api/population/lookup', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ applicationId, step, field, personalId: id, ...(kinship !== undefined ? { kinship } : {}) }),
        signal: controller.signal,
      })
        .then(async (r) => {
          if (r.status === 404) return setLookup({ state: 'notFound' });
          if (r.status === 429) return setLookup({ state: 'rateLimited' });
          if (!r.ok) return setLookup({ state: 'error' });
          const body = (await r.json()) as { maskedName: string };
          setLookup({ state: 'found', maskedName: body.maskedName });
        })
        .catch(() => undefined);
    }, 250);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [id, applicationId, step, field, kinship]);
  const shown = /^\d{12}$/.test(id) ? lookup : { state: 'idle' as const };
  return (
    <p aria-live="polite" className="mt-2 min-h-6">
      {shown.state === 'searching' && <span className="text-ink-muted">{t('lookup.searching')}</span>}
      {shown.state === 'found' && <span className="font-semibold text-green-800">✓ {t('lookup.found', { name: shown.maskedName })}</span>}
      {shown.state === 'notFound' && <span className="font-semibold text-brand-dark">{t('lookup.noMatch')}</span>}
      {shown.state === 'rateLimited' && <span role="alert" className="font-semibold text-brand-dark">{t('errors.rateLimited')}</span>}
    </p>
  );
}
