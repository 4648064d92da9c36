'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { jointDeclarationAction, type JointDeclarationState } from '../actions';

/** The other party confirms the joint declaration of free consent, or declines it. */
export function JointDeclarationForm({ applicationId, applicantName, event }: { applicationId: string; applicantName: string; event: string }) {
  const t = useTranslations();
  const [state, action, pending] = useActionState<JointDeclarationState, FormData>(jointDeclarationAction, {});
  const error = state.error === 'confirmRequired' ? t('joint.confirmRequired') : state.message ? t(state.message as 'errors.notFound') : null;
  return (
    <section aria-labelledby="joint" className="space-y-4 rounded-md border-4 border-focus p-4">
      <h2 id="joint" className="text-2xl font-bold">{t('joint.title')}</h2>
      <p>{t('joint.lead', { name: applicantName, event })}</p>
      <form action={action} className="space-y-3">
        <input type="hidden" name="applicationId" value={applicationId} />
        {error && <p id="joint-error" className="field-error">{error}</p>}
        <label className="flex items-start gap-3">
          <input type="checkbox" name="agree" value="yes" className="mt-1 h-6 w-6 shrink-0 accent-brand" aria-describedby={error ? 'joint-error' : undefined} />
          <span>{t('joint.declaration', { name: applicantName })}</span>
        </label>
        <div className="flex flex-wrap gap-3">
          <button type="submit" name="answer" value="confirm" className="btn-primary" disabled={pending}>{t('joint.confirm')}</button>
          <button type="submit" name="answer" value="decline" className="btn-secondary" disabled={pending}>{t('joint.decline')}</button>
        </div>
      </form>
    </section>
  );
}
