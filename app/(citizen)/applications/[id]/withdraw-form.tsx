'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { withdrawAction, type WithdrawState } from '../actions';

/** Withdrawal in two steps: open, tick that you mean it, then withdraw. */
export function WithdrawForm({ applicationId }: { applicationId: string }) {
  const t = useTranslations();
  const [state, action, pending] = useActionState<WithdrawState, FormData>(withdrawAction, {});
  const error = state.error === 'confirmWithdrawal' ? t('withdraw.confirmRequired') : state.message ? t(state.message as 'errors.notFound') : null;
  return (
    <details className="rounded-md border-2 border-neutral-300 p-4" open={Boolean(state.error)}>
      <summary className="cursor-pointer font-semibold">{t('withdraw.title')}</summary>
      <form action={action} className="mt-3 space-y-3">
        <p>{t('withdraw.lead')}</p>
        <input type="hidden" name="applicationId" value={applicationId} />
        {error && <p id="withdraw-error" className="field-error">{error}</p>}
        <label className="flex items-start gap-3">
          <input type="checkbox" id="withdraw-confirm" name="confirm" value="yes" className="mt-1 h-6 w-6 shrink-0 accent-brand" aria-describedby={error ? 'withdraw-error' : undefined} />
          <span>{t('withdraw.confirm')}</span>
        </label>
        <button type="submit" className="btn-secondary" disabled={pending}>{t('withdraw.submit')}</button>
      </form>
    </details>
  );
}
