'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useState } from 'react';
import { ErrorSummary } from '@/components/form/error-summary';
import { submitApplicationAction, type SubmitState } from '../../actions';

/** The declaration and the submit button of check-your-answers. */
export function SubmitForm({ applicationId, messages }: { applicationId: string; messages: string }) {
  const t = useTranslations();
  const [state, action, pending] = useActionState<SubmitState, FormData>(submitApplicationAction, {});
  // Controlled, so the form reset after an action returns does not clear a tick made meanwhile.
  const [agreed, setAgreed] = useState(false);
  const problems = (state.problems ?? []).map((p) => ({
    href: p.step === 'declaration' ? '#agreed' : `/applications/${applicationId}/${p.step}`,
    message: `${p.step === 'declaration' ? '' : `${t(`${messages}.steps.${p.step}` as 'birth.steps.child')}: `}${t(p.message as 'validation.required')}`,
  }));
  const declarationError = !agreed && state.problems?.some((p) => p.step === 'declaration');
  return (
    <form action={action} className="space-y-4">
      <ErrorSummary title={t('form.errorSummary')} errors={problems} />
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
