'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useEffect, useRef } from 'react';
import { answerRequest, appSignIn, type AnswerState, type AppSignInState } from './actions';

export function AppSignInForm() {
  const t = useTranslations();
  const [state, action, pending] = useActionState<AppSignInState, FormData>(appSignIn, {});
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.error) summary.current?.focus();
  }, [state]);
  const idErrors = ['required', 'notDigits', 'length', 'unknownProvince'];
  const message = state.error ? (idErrors.includes(state.error) ? t(`personalId.${state.error as 'required'}`) : t(`vneidSim.${state.error as 'notFound'}`)) : '';
  const onPassword = state.error === 'wrongPassword';
  return (
    <form action={action} className="space-y-4" noValidate>
      {state.error && (
        <div ref={summary} tabIndex={-1} role="alert" id="error-summary" className="rounded-md border-4 border-brand p-3">
          <a href={onPassword ? '#app-password' : '#app-personalId'}>{message}</a>
        </div>
      )}
      <div>
        <label htmlFor="app-personalId" className="field-label">{t('vneidSim.personalId')}</label>
        {state.error && !onPassword && <p id="app-personalId-error" className="field-error">{message}</p>}
        <input id="app-personalId" name="personalId" inputMode="numeric" autoComplete="username" defaultValue={state.personalId} aria-invalid={Boolean(state.error && !onPassword)} aria-describedby={state.error && !onPassword ? 'app-personalId-error' : undefined} className="field-input" />
      </div>
      <div>
        <label htmlFor="app-password" className="field-label">{t('vneidSim.password')}</label>
        {onPassword && <p id="app-password-error" className="field-error">{message}</p>}
        <input id="app-password" name="password" type="password" autoComplete="current-password" aria-invalid={onPassword} aria-describedby={onPassword ? 'app-password-error' : undefined} className="field-input" />
      </div>
      <button type="submit" className="btn-primary" disabled={pending}>{t('vneidApp.signIn')}</button>
    </form>
  );
}

export function AnswerForm({ id }: { id: string }) {
  const t = useTranslations('vneidApp');
  const [state, action, pending] = useActionState<AnswerState, FormData>(answerRequest, {});
  return (
    <form action={action} className="flex flex-wrap gap-3">
      <input type="hidden" name="id" value={id} />
      {state.error && <p role="alert" className="field-error w-full">{t('answerFailed')}</p>}
      <button type="submit" name="answer" value="approved" className="btn-primary" disabled={pending}>{t('approve')}</button>
      <button type="submit" name="answer" value="refused" className="btn-secondary" disabled={pending}>{t('refuse')}</button>
    </form>
  );
}
