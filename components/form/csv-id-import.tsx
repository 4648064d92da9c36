'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';

/** Personal ID numbers (12 digits) found in a CSV file, in order, without repeats. */
export function idsInCsv(text: string): string[] {
  return [...new Set(text.match(/(?<!\d)\d{12}(?!\d)/g) ?? [])];
}

/**
 * Fills a list of personal ID numbers from a CSV file chosen on the device: the file is read in
 * the browser and never uploaded; its numbers are added to what is already typed, for the person
 * to check before saving.
 */
export function CsvIdImport({ id, current, onImport }: { id: string; current: string; onImport: (text: string) => void }) {
  const t = useTranslations('form.csv');
  const [status, setStatus] = useState('');
  return (
    <div className="mt-2">
      <label htmlFor={id} className="font-semibold">{t('label')}</label>
      <input
        id={id}
        type="file"
        accept=".csv,text/csv,text/plain"
        className="mt-1 block min-h-11"
        onChange={async (e) => {
          const file = e.target.files?.[0];
          if (!file) return;
          const found = idsInCsv(await file.text());
          const merged = [...new Set([...idsInCsv(current), ...found])];
          onImport(merged.join('\n'));
          setStatus(found.length ? t('added', { count: found.length }) : t('none'));
        }}
      />
      <p role="status" className="text-sm">{status}</p>
    </div>
  );
}
