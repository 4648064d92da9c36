'use client';

import { useTranslations } from 'next-intl';
import { startTransition, useActionState, useState } from 'react';
import { ErrorSummary } from '@/components/form/error-summary';
import { submitApplicationAction, type SubmitState } from '../../actions';

/** The declaration and the submit button of check-your-answers. */
export function SubmitForm({ applicationId, messages }: { applicationId: string; messages: string }) {
  const t = useTranslations();
  const [state, action, pending] = useActionState<SubmitState, FormData>(submitApplicationAction, {});
  // A tick made while an earlier attempt is on its way back must survive its answer: the box is
  // controlled, and the action is dispatched by hand, because React resets a form after a
  // `<form action>` completes. Without JavaScript the form still posts to the same action.
  const [agreed, setAgreed] = useState(false);
  const submit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => action(data));
  };
  const problems = (state.problems ?? []).map((p) => ({
    href: p.step === 'declaration' ? '#agreed' : `/applications/${applicationId}/${p.step}`,
    message: `${p.step === 'declaration' ? '' : `${t(`${messages}.steps.${p.step}`)}: `}${t(p.message as 'validation.required')}`,
  }));
  const declarationError = !agreed && state.problems?.some((p) => p.step === 'declaration');
  return (
    <form action={action} onSubmit={submit} className="space-y-4">
      <ErrorSummary title={t('form.errorSummary')} errors={problems} attempt={state} />
      {state.message && <p role="alert" className="rounded-md border-4 border-brand p-4 font-semibold">{t(state.message as 'errors.notFound')}</p>}
      <input type="hidden" name="applicationId" value={applicationId} />
      <div className={declarationError ? 'border-s-4 border-brand ps-3' : ''}>
        {declarationError && <p id="agreed-error" className="field-error">{t('validation.declaration')}</p>}
        <label className="flex items-start gap-3">
          <input
            type="checkbox"
            id="agreed"
            name="agreed"
            checked={agreed}
            onChange={(e) => setAgreed(e.target.checked)}
            className="mt-1 h-6 w-6 shrink-0 accent-brand"
            aria-describedby={declarationError ? 'agreed-error' : undefined}
          />
          <span>{t('checkAnswers.declaration')}</span>
        </label>
      </div>
      <button type="submit" className="btn-primary" disabled={pending}>{t('checkAnswers.submit')}</button>
    </form>
  );
}
