'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';

/**
 * A date as three boxes (day, month, year), as the GOV.UK pattern recommends for dates people
 * know: easier than a calendar picker on a small phone. The value is an ISO string.
 */
export function DateInput({ id, value, onChange, invalid, describedBy }: { id: string; value: string; onChange: (iso: string) => void; invalid: boolean; describedBy?: string }) {
  const t = useTranslations('form');
  const [parts, setParts] = useState(() => {
    const [y = '', m = '', d = ''] = value ? value.split('-') : [];
    return { d: d.replace(/^0/, ''), m: m.replace(/^0/, ''), y };
  });
  const update = (key: 'd' | 'm' | 'y', v: string) => {
    const next = { ...parts, [key]: v.replace(/\D/g, '') };
    setParts(next);
    onChange(next.d || next.m || next.y ? `${next.y}-${next.m.padStart(2, '0')}-${next.d.padStart(2, '0')}` : '');
  };
  const box = (key: 'd' | 'm' | 'y', label: string, width: string, max: number) => (
    <div>
      <label htmlFor={`${id}-${key}`} className="block text-sm">{label}</label>
      <input
        id={`${id}-${key}`}
        inputMode="numeric"
        maxLength={max}
        value={parts[key]}
        onChange={(e) => update(key, e.target.value)}
        aria-invalid={invalid}
        aria-describedby={describedBy}
        className={`field-input ${width}`}
      />
    </div>
  );
  return (
    <div className="flex gap-3">
      {box('d', t('day'), 'w-16', 2)}
      {box('m', t('month'), 'w-16', 2)}
      {box('y', t('year'), 'w-24', 4)}
    </div>
  );
}
