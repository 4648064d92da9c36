'use client';

import { useTranslations } from 'next-intl';
import { useLayoutEffect, useRef, useState } from 'react';

/**
 * A date as three boxes (day, month, year), as the GOV.UK pattern recommends for dates people
 * know: easier than a calendar picker on a small phone. The value is an ISO string.
 */
type Parts = { d: string; m: string; y: string };

export function DateInput({ id, value, onChange, invalid, describedBy }: { id: string; value: string; onChange: (iso: string) => void; invalid: boolean; describedBy?: string }) {
  const t = useTranslations('form');
  const [parts, setParts] = useState<Parts>(() => {
    const [y = '', m = '', d = ''] = value ? value.split('-') : [];
    return { d: d.replace(/^0/, ''), m: m.replace(/^0/, ''), y };
  });
  const change = (next: Parts) => {
    const digits = { d: next.d.replace(/\D/g, ''), m: next.m.replace(/\D/g, ''), y: next.y.replace(/\D/g, '') };
    setParts(digits);
    onChange(digits.d || digits.m || digits.y ? `${digits.y}-${digits.m.padStart(2, '0')}-${digits.d.padStart(2, '0')}` : '');
  };
  const update = (key: keyof Parts, v: string) => change({ ...parts, [key]: v });
  // Digits typed into the server's page before its scripts ran are in the boxes, not in the state:
  // they are taken once, before anything is drawn again.
  const boxes = useRef<Partial<Record<keyof Parts, HTMLInputElement | null>>>({});
  useLayoutEffect(() => {
    const typed = { d: boxes.current.d?.value ?? parts.d, m: boxes.current.m?.value ?? parts.m, y: boxes.current.y?.value ?? parts.y };
    if (typed.d !== parts.d || typed.m !== parts.m || typed.y !== parts.y) change(typed);
  }, []); // eslint-disable-line react-hooks/exhaustive-deps -- once, as the page starts
  const box = (key: keyof Parts, label: string, width: string, max: number) => (
    <div>
      <label htmlFor={`${id}-${key}`} className="block text-sm">{label}</label>
      <input
        id={`${id}-${key}`}
        ref={(el) => {
          boxes.current[key] = el;
        }}
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
