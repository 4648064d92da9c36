'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { answerDraftAction, type DraftAnswerState } from '../actions';

/** Confirm the returned draft, or say what must change. */
export function DraftAnswer({ applicationId }: { applicationId: string }) {
  const t = useTranslations();
  const [state, action, pending] = useActionState<DraftAnswerState, FormData>(answerDraftAction, {});
  const failure = state.error && state.error !== 'invalidInput' && (
    <p role="alert" className="rounded-md border-4 border-brand p-3 font-semibold">{t((state.message ?? 'errors.notPossible') as 'errors.notFound')}</p>
  );
  if (state.done) return <p role="status" className="rounded-md bg-green-800 p-3 font-semibold text-white">{t('draft.confirmed')}</p>;
  return (
    <div className="space-y-6">
      {failure}
      <form action={action}>
        <input type="hidden" name="applicationId" value={applicationId} />
        <input type="hidden" name="answer" value="confirm" />
        <button type="submit" className="btn-primary" disabled={pending}>{t('draft.confirm')}</button>
      </form>
      <details className="rounded-md border-2 border-neutral-300 p-4">
        <summary className="cursor-pointer font-semibold">{t('draft.requestChanges')}</summary>
        <form action={action} className="mt-3 space-y-3">
          <input type="hidden" name="applicationId" value={applicationId} />
          <input type="hidden" name="answer" value="requestChanges" />
          <label htmlFor="comment" className="field-label">{t('draft.comment')}</label>
          {state.error === 'invalidInput' && <p id="comment-error" className="field-error">{t(state.comment ? 'validation.tooLong' : 'validation.required')}</p>}
          <textarea id="comment" name="comment" rows={3} className="field-input" defaultValue={state.comment} key={state.comment} aria-describedby={state.error === 'invalidInput' ? 'comment-error' : undefined} />
          <button type="submit" className="btn-secondary" disabled={pending}>{t('draft.requestChanges')}</button>
        </form>
      </details>
    </div>
  );
}
