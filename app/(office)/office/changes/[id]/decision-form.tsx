'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { ErrorSummary } from '@/components/form/error-summary';
import { useKeptSubmit } from '@/components/form/use-kept-submit';
import { decideChangeAction, type DecisionFormState } from '../../register/change-actions';

/** Approve or refuse, always with the review note (Circular 01/2022 Art. 12(2)); nothing typed is lost on a refusal. */
export function DecisionForm({ requestId }: { requestId: string }) {
  const t = useTranslations();
  const [state, action, pending] = useActionState<DecisionFormState, FormData>(decideChangeAction, {});
  const { submit, attempt } = useKeptSubmit(action);
  const error = (name: string) => state.fieldErrors?.[name]?.[0];
  const errors = (['decision', 'note'] as const).filter((n) => error(n)).map((n) => ({ href: n === 'decision' ? '#decision-approve' : '#note', message: `${t(`changes.fields.${n}`)}: ${t(error(n)! as 'validation.required')}` }));
  return (
    <form action={action} onSubmit={submit} className="space-y-4" noValidate>
      <ErrorSummary title={t('form.errorSummary')} errors={errors} attempt={attempt} />
      {state.message && <p role="alert" className="rounded-md border-4 border-brand p-3 font-semibold">{t(state.message as 'errors.notFound')}</p>}
      <input type="hidden" name="requestId" value={requestId} />
      <fieldset className="space-y-2" aria-describedby={error('decision') ? 'decision-error' : undefined}>
        <legend className="field-label">{t('changes.fields.decision')}</legend>
        {error('decision') && <p id="decision-error" className="field-error">{t(error('decision')! as 'validation.required')}</p>}
        {(['approve', 'refuse'] as const).map((d) => (
          <div key={d} className="flex items-center gap-3">
            <input id={`decision-${d}`} type="radio" name="decision" value={d} defaultChecked={state.values?.decision === d} className="h-6 w-6" />
            <label htmlFor={`decision-${d}`}>{t(`changes.decisions.${d}`)}</label>
          </div>
        ))}
      </fieldset>
      <div className="space-y-1">
        <label htmlFor="note" className="field-label">{t('changes.fields.note')}</label>
        <p id="note-hint" className="text-sm text-ink-muted">{t('changes.hints.note')}</p>
        {error('note') && <p id="note-error" className="field-error">{t(error('note')! as 'validation.required')}</p>}
        <textarea id="note" name="note" rows={4} className="field-input" defaultValue={state.values?.note ?? ''} aria-invalid={Boolean(error('note'))} aria-describedby={['note-hint', error('note') ? 'note-error' : ''].filter(Boolean).join(' ')} />
      </div>
      <button type="submit" className="btn-primary" disabled={pending}>{t('changes.decideSubmit')}</button>
    </form>
  );
}
