'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useRef, useState } from 'react';
import { ErrorSummary } from '@/components/form/error-summary';
import { useKeptSubmit } from '@/components/form/use-kept-submit';
import { readCardAction, startAssistedFilingAction, type AssistFormState, type CardReadState } from './actions';

type Props = {
  procedures: { code: string; name: string }[];
  /** The methods this installation has (none in production until the real adapters plug in). */
  methods: { vneidApp: boolean; chipCard: boolean };
  /** The demo cards the simulator's reader can be given; empty without the simulator. */
  demoCards: { personalId: string; fullName: string }[];
  /** Made when the page is shown: a double submit starts one filing. */
  startKey: string;
};

const FIELDS = ['personalId', 'procedureCode', 'method', 'cardReceipt', 'cardChecked', 'signedPaper'] as const;

/**
 * The helper's start form. Submitted without resetting the form (the action is called from the
 * submit handler), so a failed attempt keeps what was typed, the card read and the chosen photo.
 */
export function AssistForm({ procedures, methods, demoCards, startKey }: Props) {
  const t = useTranslations();
  const [state, action, pending] = useActionState<AssistFormState, FormData>(startAssistedFilingAction, {});
  const [card, readCard, reading] = useActionState<CardReadState, FormData>(readCardAction, {});
  const { submit, attempt } = useKeptSubmit(action);
  const [method, setMethod] = useState(state.values?.method ?? '');
  const formRef = useRef<HTMLFormElement>(null);
  const personalId = card.personalId ?? state.values?.personalId ?? '';
  const receipt = card.receipt ?? state.values?.cardReceipt ?? '';

  const error = (name: string) => state.fieldErrors?.[name]?.[0];
  const message = (raw: string) => t(raw as 'validation.required');
  // The method's link goes to its first choice on offer.
  const firstMethod = methods.vneidApp ? 'method-vneidApp' : 'method-chipCard';
  const errors = FIELDS.filter((f) => error(f)).map((f) => ({ href: `#${f === 'method' ? firstMethod : f}`, message: `${t(`assist.fields.${f}`)}: ${message(error(f)!)}` }));
  const describedBy = (name: string, hint = false) => [hint ? `${name}-hint` : '', error(name) ? `${name}-error` : ''].filter(Boolean).join(' ') || undefined;

  return (
    <div className="space-y-6">
      <ErrorSummary title={t('form.errorSummary')} errors={errors} attempt={attempt} />
      {state.message && <p role="alert" className="rounded-md border-4 border-brand p-3 font-semibold">{message(state.message)}</p>}

      {methods.chipCard && (
        <section aria-labelledby="reader" className="space-y-3 rounded-md border-2 border-neutral-300 p-4">
          <h2 id="reader" className="text-xl font-bold">{t('assist.reader.title')}</h2>
          <p className="text-sm text-ink-muted">{t('assist.reader.simulated')}</p>
          <form action={readCard} className="flex flex-wrap items-end gap-3">
            <div>
              <label htmlFor="card" className="field-label">{t('assist.reader.card')}</label>
              <select id="card" name="card" className="field-input" defaultValue="">
                <option value="" disabled>{t('assist.reader.choose')}</option>
                {demoCards.map((c) => (
                  <option key={c.personalId} value={c.personalId}>{c.fullName}</option>
                ))}
              </select>
            </div>
            <button type="submit" className="btn-secondary" disabled={reading}>{t('assist.reader.read')}</button>
          </form>
          <div aria-live="polite">
            {card.fullName && <p className="font-semibold">{t('assist.reader.done', { name: card.fullName, personalId: card.personalId ?? '' })}</p>}
            {card.error && <p className="field-error">{message(card.error)}</p>}
          </div>
        </section>
      )}

      {/* POST even before the page's scripts run, so a number never lands in an address or a log. */}
      <form ref={formRef} onSubmit={submit} method="post" noValidate encType="multipart/form-data" className="space-y-6">
        <input type="hidden" name="cardReceipt" value={receipt} />
        <input type="hidden" name="startKey" value={startKey} />
        <div>
          <label htmlFor="personalId" className="field-label">{t('assist.fields.personalId')}</label>
          <p id="personalId-hint" className="mb-1 text-sm text-ink-muted">{t('assist.hints.personalId')}</p>
          {error('personalId') && <p id="personalId-error" className="field-error">{message(error('personalId')!)}</p>}
          <input
            id="personalId"
            name="personalId"
            inputMode="numeric"
            autoComplete="off"
            defaultValue={personalId}
            key={personalId}
            aria-invalid={Boolean(error('personalId'))}
            aria-describedby={describedBy('personalId', true)}
            className="field-input max-w-xs"
          />
        </div>
        <div>
          <label htmlFor="procedureCode" className="field-label">{t('assist.fields.procedureCode')}</label>
          {error('procedureCode') && <p id="procedureCode-error" className="field-error">{message(error('procedureCode')!)}</p>}
          <select id="procedureCode" name="procedureCode" className="field-input" defaultValue={state.values?.procedureCode ?? ''} aria-invalid={Boolean(error('procedureCode'))} aria-describedby={describedBy('procedureCode')}>
            <option value="">{t('assist.chooseProcedure')}</option>
            {procedures.map((p) => (
              <option key={p.code} value={p.code}>{p.name}</option>
            ))}
          </select>
        </div>
        <fieldset aria-describedby={describedBy('method')}>
          <legend className="field-label">{t('assist.fields.method')}</legend>
          {error('method') && <p id="method-error" className="field-error">{message(error('method')!)}</p>}
          {!methods.vneidApp && !methods.chipCard && <p>{t('assist.noMethods')}</p>}
          <div className="space-y-2">
            {(['vneidApp', 'chipCard'] as const)
              .filter((m) => methods[m])
              .map((m) => (
                <label key={m} className="flex items-start gap-3">
                  <input type="radio" id={`method-${m}`} name="method" value={m} className="mt-1 size-6" checked={method === m} onChange={() => setMethod(m)} />
                  <span>
                    <span className="font-semibold">{t(`assist.methods.${m}`)}</span>
                    <span className="block text-sm text-ink-muted">{t(`assist.methodHints.${m}`)}</span>
                  </span>
                </label>
              ))}
          </div>
        </fieldset>
        {method === 'chipCard' && (
          <div className="space-y-4 rounded-md border-2 border-neutral-300 p-4">
            {error('cardReceipt') && (
              <p id="cardReceipt" tabIndex={-1} className="field-error">
                {message(error('cardReceipt')!)}
              </p>
            )}
            <div>
              {error('cardChecked') && <p id="cardChecked-error" className="field-error">{message(error('cardChecked')!)}</p>}
              <label className="flex items-start gap-3">
                <input type="checkbox" id="cardChecked" name="cardChecked" className="mt-1 size-6" defaultChecked={state.values?.cardChecked} aria-describedby={describedBy('cardChecked')} />
                <span>{t('assist.fields.cardChecked')}</span>
              </label>
            </div>
            <div>
              <label htmlFor="signedPaper" className="field-label">{t('assist.fields.signedPaper')}</label>
              <p id="signedPaper-hint" className="mb-1 text-sm text-ink-muted">{t('assist.hints.signedPaper')}</p>
              {error('signedPaper') && <p id="signedPaper-error" className="field-error">{message(error('signedPaper')!)}</p>}
              <input type="file" id="signedPaper" name="signedPaper" accept="image/jpeg,image/png,application/pdf" capture="environment" aria-describedby={describedBy('signedPaper', true)} className="block" />
            </div>
          </div>
        )}
        <button type="submit" className="btn-primary" disabled={pending}>{t('assist.start')}</button>
      </form>
    </div>
  );
}
