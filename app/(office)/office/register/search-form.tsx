'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useActionState, useState } from 'react';
import { searchRegisterAction, type SearchState } from './actions';

const EVENTS = ['birth', 'marriage', 'death', 'maritalStatusCertificate'] as const;
const ROLES = ['child', 'mother', 'father', 'wife', 'husband', 'deceased', 'holder'] as const;
const PURPOSES = ['copyRequest', 'confirmation', 'amendment', 'verification', 'approval', 'other'] as const;

/** The register search (Circular 01/2022 Art. 7(1)–(2)), with the purpose every view is logged with (Art. 8(3)). */
export function RegisterSearchForm() {
  const t = useTranslations('registerSearch');
  const tt = useTranslations();
  const [state, action, pending] = useActionState<SearchState, FormData>(searchRegisterAction, {});
  const v = state.values ?? {};
  const [by, setBy] = useState(v.by ?? 'persons');
  const error = (name: string) => state.fieldErrors?.[name]?.[0];
  const described = (name: string) => (error(name) ? { 'aria-invalid': true, 'aria-describedby': `${name}-error` } : {});
  const field = (name: string, label: string, type: 'text' | 'date' = 'text') => (
    <div className="space-y-1">
      <label htmlFor={name} className="field-label">{label}</label>
      {error(name) && <p id={`${name}-error`} className="field-error">{tt(error(name) as 'validation.required')}</p>}
      <input id={name} name={name} type={type} defaultValue={v[name] ?? ''} className="field-input" autoComplete="off" {...described(name)} />
    </div>
  );
  const day = (iso: string | null) => (iso ? iso.split('-').reverse().join('/') : '');
  return (
    <div className="space-y-6">
      <form action={action} className="space-y-4">
        <fieldset className="space-y-2">
          <legend className="font-semibold">{t('by')}</legend>
          {(['persons', 'entry'] as const).map((b) => (
            <label key={b} className="flex items-center gap-2">
              <input type="radio" name="by" value={b} checked={by === b} onChange={() => setBy(b)} />
              {t(b === 'entry' ? 'byEntry' : 'byPersons')}
            </label>
          ))}
        </fieldset>
        <div className="space-y-1">
          <label htmlFor="eventType" className="field-label">{t('eventType')}</label>
          <select id="eventType" name="eventType" defaultValue={v.eventType ?? ''} className="field-input">
            <option value="">{t('anyEvent')}</option>
            {EVENTS.map((e) => (
              <option key={e} value={e}>{t(`events.${e}`)}</option>
            ))}
          </select>
        </div>
        {by === 'entry' ? (
          <div className="grid gap-4 sm:grid-cols-3">
            {field('registryCode', t('registry'))}
            {field('entryNumber', t('entryNumber'))}
            {field('registeredOn', t('registeredOn'), 'date')}
          </div>
        ) : (
          [1, 2].map((i) => (
            <fieldset key={i} className="grid gap-4 sm:grid-cols-3">
              <legend className="font-semibold">{i === 2 ? t('second') : t('persons')}</legend>
              <div className="space-y-1">
                <label htmlFor={`role${i}`} className="field-label">{t('role')}</label>
                <select id={`role${i}`} name={`role${i}`} defaultValue={v[`role${i}`] ?? (i === 1 ? 'child' : 'mother')} className="field-input">
                  {ROLES.map((r) => (
                    <option key={r} value={r}>{t(`roles.${r}`)}</option>
                  ))}
                </select>
              </div>
              {field(`fullName${i}`, t('fullName'))}
              {field(`dateOfBirth${i}`, t('dateOfBirth'), 'date')}
            </fieldset>
          ))
        )}
        <div className="grid gap-4 sm:grid-cols-2">
          <div className="space-y-1">
            <label htmlFor="purpose" className="field-label">{t('purpose')}</label>
            {error('purpose') && <p id="purpose-error" className="field-error">{tt(error('purpose') as 'validation.required')}</p>}
            <select id="purpose" name="purpose" defaultValue={v.purpose ?? ''} className="field-input" {...described('purpose')}>
              <option value="">—</option>
              {PURPOSES.map((p) => (
                <option key={p} value={p}>{t(`purposes.${p}`)}</option>
              ))}
            </select>
          </div>
          {field('note', t('purposeNote'))}
        </div>
        <button type="submit" className="btn-primary" disabled={pending}>{t('search')}</button>
      </form>
      {/* Invalid fields are marked where they are; anything else is said here. */}
      {state.message && state.error !== 'invalidInput' && <p role="alert">{tt(state.message as 'errors.notFound')}</p>}
      {state.results && (
        <section aria-labelledby="results" className="space-y-3" aria-live="polite">
          <h2 id="results" className="text-2xl font-bold">{t('results', { count: state.results.length })}</h2>
          {state.results.length === 0 ? (
            <p>{t('none')}</p>
          ) : (
            <ul className="space-y-3">
              {state.results.map((r) => (
                <li key={r.id} className="space-y-1 rounded-md border-2 border-neutral-300 p-3">
                  <p className="font-semibold">
                    {t(`events.${r.eventType as 'birth'}`)} — {t('entry', { number: r.entryNumber, book: r.book, date: day(r.registeredOn) })} — {t(r.status === 'official' ? 'official' : r.status === 'deleted' ? 'deleted' : 'pending')}
                  </p>
                  <p>{r.registryName}</p>
                  <p>{r.persons.map((p) => `${t(`roles.${p.role as 'child'}`)}: ${p.fullName}${p.dateOfBirth ? ` (${day(p.dateOfBirth)})` : ''}`).join('; ')}</p>
                  <p>
                    <Link href={`/office/register/${r.id}`}>{t('open', { number: r.entryNumber, book: r.book })}</Link>
                  </p>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </div>
  );
}
