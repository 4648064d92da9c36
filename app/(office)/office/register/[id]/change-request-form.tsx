'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useState, type FormEvent } from 'react';
import { ErrorSummary } from '@/components/form/error-summary';
import { useKeptSubmit } from '@/components/form/use-kept-submit';
import { UPLOAD_POLICY } from '@/lib/uploads/policy';
import { requestChangeAction, type ChangeFormState } from '../change-actions';

type Props = {
  kind: 'deletion' | 'restore' | 'discrepancy';
  recordId: string;
  /** For a discrepancy: the entry's printed fields, label (translated) and value now. */
  fields?: { id: string; label: string; value: string }[];
};

/**
 * A request to the ministry's database management about one entry (Circular 01/2022 Art. 12(1)(b),
 * 13). Sent from the submit handler, so a refused attempt keeps what was typed and the chosen file.
 */
export function ChangeRequestForm({ kind, recordId, fields = [] }: Props) {
  const t = useTranslations();
  const [state, action, pending] = useActionState<ChangeFormState, FormData>(requestChangeAction, {});
  const { submit, attempt } = useKeptSubmit(action);
  // A file over the limit is refused here, before sending: the server would refuse its body whole.
  const [tooLarge, setTooLarge] = useState(false);
  const [refusedHere, setRefusedHere] = useState(0);
  const [field, setField] = useState(state.values?.field ?? fields[0]?.id ?? '');
  const id = (name: string) => `${kind}-${name}`;
  const error = (name: string) => (name === 'evidence' && tooLarge ? 'upload.refused.tooLarge' : state.fieldErrors?.[name]?.[0]);
  // Field errors are message ids; an evidence refusal's (`upload.refused.*`) needs its values: the limit, the photo's size.
  const values = (name: string) => (name === 'evidence' && tooLarge ? { maxBytes: UPLOAD_POLICY.maxBytes / (1024 * 1024) } : state.messageValues?.[name]);
  const say = (name: string) => t(error(name)! as 'validation.required', values(name));
  const names = kind === 'discrepancy' ? (['field', 'requested', 'reasons', 'grounds', 'evidence'] as const) : (['scope', 'reasons', 'grounds', 'evidence'] as const);
  const labelOf = (name: string) => t(`changes.fields.${kind === 'discrepancy' && name === 'grounds' ? 'dossier' : kind !== 'discrepancy' && name === 'evidence' ? 'judgment' : name}` as 'changes.fields.scope');
  const errors = names.filter((n) => error(n)).map((n) => ({ href: `#${id(n)}`, message: `${labelOf(n)}: ${say(n)}` }));
  const send = (event: FormEvent<HTMLFormElement>) => {
    const file = (event.currentTarget.elements.namedItem('evidence') as HTMLInputElement | null)?.files?.[0];
    if (file && file.size > UPLOAD_POLICY.maxBytes) {
      event.preventDefault();
      setTooLarge(true);
      setRefusedHere((n) => n + 1);
      return;
    }
    setTooLarge(false);
    submit(event);
  };
  const describedBy = (name: string) => [`${id(name)}-hint`, error(name) ? `${id(name)}-error` : ''].filter(Boolean).join(' ');
  const current = fields.find((f) => f.id === field);


  const text = (name: 'scope' | 'reasons' | 'grounds' | 'requested', options: { rows?: number; hint: string; value?: string }) => (
    <div className="space-y-1">
      <label htmlFor={id(name)} className="field-label">{labelOf(name)}</label>
      <p id={`${id(name)}-hint`} className="text-sm text-ink-muted">{options.hint}</p>
      {error(name) && <p id={`${id(name)}-error`} className="field-error">{say(name)}</p>}
      {options.rows ? (
        <textarea id={id(name)} name={name} rows={options.rows} className="field-input" defaultValue={state.values?.[name] ?? options.value ?? ''} aria-invalid={Boolean(error(name))} aria-describedby={describedBy(name)} />
      ) : (
        <input id={id(name)} name={name} className="field-input" defaultValue={state.values?.[name] ?? options.value ?? ''} aria-invalid={Boolean(error(name))} aria-describedby={describedBy(name)} />
      )}
    </div>
  );

  return (
    <form action={action} onSubmit={send} className="space-y-4" noValidate>
      <ErrorSummary title={t('form.errorSummary')} errors={errors} attempt={`${attempt}-${refusedHere}`} />
      {state.message && <p role="alert" className="rounded-md border-4 border-brand p-3 font-semibold">{t(state.message as 'errors.notFound')}</p>}
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="recordId" value={recordId} />
      {kind === 'discrepancy' ? (
        <>
          <div className="space-y-1">
            <label htmlFor={id('field')} className="field-label">{labelOf('field')}</label>
            <p id={`${id('field')}-hint`} className="text-sm text-ink-muted">{t('changes.hints.field')}</p>
            {error('field') && <p id={`${id('field')}-error`} className="field-error">{say('field')}</p>}
            <select id={id('field')} name="field" className="field-input" value={field} onChange={(e) => setField(e.target.value)} aria-describedby={describedBy('field')}>
              {fields.map((f) => (
                <option key={f.id} value={f.id}>{f.label}</option>
              ))}
            </select>
          </div>
          <p>
            <span className="font-semibold">{t('changes.fields.current')}: </span>
            {current?.value ?? '—'}
          </p>
          {text('requested', { hint: t('changes.hints.requested') })}
          {text('reasons', { rows: 3, hint: t('changes.hints.discrepancyReasons') })}
          {text('grounds', { hint: t('changes.hints.dossier') })}
        </>
      ) : (
        <>
          {text('scope', { hint: t('changes.hints.scope'), value: t('changes.wholeEntry') })}
          {text('reasons', { rows: 3, hint: t(`changes.hints.${kind}Reasons`) })}
          {text('grounds', { hint: t(`changes.hints.${kind}Grounds`) })}
        </>
      )}
      <div className="space-y-1">
        <label htmlFor={id('evidence')} className="field-label">{labelOf('evidence')}</label>
        <p id={`${id('evidence')}-hint`} className="text-sm text-ink-muted">{t('changes.hints.evidence')}</p>
        {error('evidence') && <p id={`${id('evidence')}-error`} className="field-error">{say('evidence')}</p>}
        <input id={id('evidence')} name="evidence" type="file" accept="image/jpeg,image/png,application/pdf" className="field-input" aria-invalid={Boolean(error('evidence'))} aria-describedby={describedBy('evidence')} />
      </div>
      <button type="submit" className="btn-primary" disabled={pending}>{t(`changes.submit.${kind}`)}</button>
    </form>
  );
}
