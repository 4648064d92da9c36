'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useEffect, useRef, useState } from 'react';
import type { OfficeSignInState } from '@/app/actions/session';

type Enrolment = NonNullable<OfficeSignInState['enrolment']>;

/**
 * A username and password form for a Credentials provider: the office's (with a second factor,
 * set up at the first sign-in) or organisations' demo one.
 */
export function CredentialsSignInForm({
  callbackUrl,
  signIn,
  messages,
  secondFactor = false,
}: {
  callbackUrl: string;
  signIn: (prev: OfficeSignInState, data: FormData) => Promise<OfficeSignInState>;
  messages: 'officeSignIn' | 'organisationSignIn';
  secondFactor?: boolean;
}) {
  const t = useTranslations(messages);
  const [state, action, pending] = useActionState<OfficeSignInState, FormData>(signIn, {});
  // The secret and recovery codes are shown once: kept here while the officer types a first code.
  const [enrolment, setEnrolment] = useState<Enrolment | null>(null);
  const [answered, setAnswered] = useState(state);
  if (state !== answered) {
    // A new answer from the server (React's "adjusting state when a prop changes").
    setAnswered(state);
    if (state.enrolment) setEnrolment(state.enrolment);
  }
  const alertRef = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!state.enrolment && state.error) alertRef.current?.focus();
  }, [state]);
  // The set-up replaces the form: focus its heading, so a screen reader starts there.
  useEffect(() => {
    if (enrolment) headingRef.current?.focus();
  }, [enrolment]);

  const errorSummary = state.error && (
    <div ref={alertRef} tabIndex={-1} role="alert" id="error-summary" className="rounded-md border-4 border-brand p-4 font-semibold">
      {t(secondFactor && state.error === 'invalid' ? 'invalidWithCode' : state.error)}
    </div>
  );

  if (secondFactor && enrolment) {
    return (
      <form action={action} className="space-y-4" noValidate>
        <h2 ref={headingRef} tabIndex={-1} className="text-2xl font-bold">{t('enrolTitle')}</h2>
        {errorSummary}
        <input type="hidden" name="callbackUrl" value={callbackUrl} />
        <input type="hidden" name="ticket" value={enrolment.ticket} />
        <ol className="list-decimal space-y-3 pl-6">
          <li>
            <p>{t('enrolScan')}</p>
            {/* eslint-disable-next-line @next/next/no-img-element -- a data: URL made on the server */}
            <img src={enrolment.qrDataUrl} width={220} height={220} alt={t('enrolQrAlt')} className="my-2 border border-ink-muted" />
            <p className="text-sm">
              {t('enrolManual')} <code className="break-all font-mono" data-testid="totp-secret">{enrolment.secret}</code>
            </p>
          </li>
          <li>
            <p>{t('enrolRecovery')}</p>
            <ul className="my-2 grid grid-cols-2 gap-1 font-mono" aria-label={t('enrolRecoveryList')}>
              {enrolment.recoveryCodes.map((c) => (
                <li key={c}>{c}</li>
              ))}
            </ul>
          </li>
          <li>
            <label htmlFor="code" className="field-label">{t('enrolCode')}</label>
            <input id="code" name="code" inputMode="numeric" autoComplete="one-time-code" pattern="[0-9]*" maxLength={6} required className="field-input max-w-40" />
          </li>
        </ol>
        <button type="submit" className="btn-primary" disabled={pending}>{t('enrolSubmit')}</button>
      </form>
    );
  }

  return (
    <form action={action} className="space-y-4" noValidate>
      {errorSummary}
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <div>
        <label htmlFor="username" className="field-label">{t('username')}</label>
        <input id="username" name="username" autoComplete="username" required defaultValue={state.username} className="field-input" />
      </div>
      <div>
        <label htmlFor="password" className="field-label">{t('password')}</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required className="field-input" />
      </div>
      {secondFactor && (
        <div>
          <label htmlFor="code" className="field-label">{t('code')}</label>
          <p id="code-hint" className="text-sm text-ink-muted">{t('codeHint')}</p>
          <input id="code" name="code" autoComplete="one-time-code" aria-describedby="code-hint" maxLength={11} className="field-input max-w-48" />
        </div>
      )}
      <button type="submit" className="btn-primary" disabled={pending}>{t('submit')}</button>
    </form>
  );
}
