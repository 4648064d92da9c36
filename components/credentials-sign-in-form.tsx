'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useEffect, useRef } from 'react';
import type { OfficeSignInState } from '@/app/actions/session';

/** A username and password form for a Credentials provider: the office's, or organisations' demo one. */
export function CredentialsSignInForm({ callbackUrl, signIn, messages }: { callbackUrl: string; signIn: (prev: OfficeSignInState, data: FormData) => Promise<OfficeSignInState>; messages: 'officeSignIn' | 'organisationSignIn' }) {
  const t = useTranslations(messages);
  const [state, action, pending] = useActionState<OfficeSignInState, FormData>(signIn, {});
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
