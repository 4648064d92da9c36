'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useEffect, useRef } from 'react';
import { signInToOffice, type OfficeSignInState } from '@/app/actions/session';

export function OfficeSignInForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations('officeSignIn');
  const [state, action, pending] = useActionState<OfficeSignInState, FormData>(signInToOffice, {});
  const alertRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.error) alertRef.current?.focus();
  }, [state]);
  return (
    <form action={action} className="space-y-4" noValidate>
      {state.error && (
        <div ref={alertRef} tabIndex={-1} role="alert" id="error-summary" className="rounded-md border-4 border-brand p-4 font-semibold">
          {t(state.error)}
        </div>
      )}
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <div>
        <label htmlFor="username" className="field-label">{t('username')}</label>
        <input id="username" name="username" autoComplete="username" required defaultValue={state.username} className="field-input" />
      </div>
      <div>
        <label htmlFor="password" className="field-label">{t('password')}</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required className="field-input" />
      </div>
      <button type="submit" className="btn-primary" disabled={pending}>{t('submit')}</button>
    </form>
  );
}
