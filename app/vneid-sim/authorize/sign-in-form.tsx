'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useEffect, useRef } from 'react';
import { simulatorSignIn, type SimSignInState } from './actions';

type Props = { request: string; personas: { personalId: string; fullName: string }[] };

const PERSONAL_ID_ERRORS = new Set(['required', 'notDigits', 'length', 'unknownProvince', 'notADemoAccount', 'notFound', 'deceased']);

export function SimulatorSignInForm({ request, personas }: Props) {
  const t = useTranslations();
  const [state, action, pending] = useActionState<SimSignInState, FormData>(simulatorSignIn, {});
  const summaryRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.redirectTo) window.location.assign(state.redirectTo);
    else if (state.error) summaryRef.current?.focus();
  }, [state]);

  const message = (error: NonNullable<SimSignInState['error']>) =>
    ['required', 'notDigits', 'length', 'unknownProvince'].includes(error) ? t(`personalId.${error as 'required'}`) : t(`vneidSim.${error as 'notFound'}`);
  const idError = state.error && PERSONAL_ID_ERRORS.has(state.error) ? message(state.error) : undefined;
  const passwordError = state.error === 'wrongPassword' ? message(state.error) : undefined;

  return (
    <div className="space-y-6">
      {state.error && (
        <div ref={summaryRef} tabIndex={-1} role="alert" id="error-summary" className="rounded-md border-4 border-brand p-4">
          <h2 className="font-bold">{t('vneidSim.errorSummary')}</h2>
          <p>
            <a href={passwordError ? '#password' : '#personalId'}>{message(state.error)}</a>
          </p>
        </div>
      )}
      <form action={action} className="space-y-4" noValidate>
        <input type="hidden" name="request" value={request} />
        <div>
          <label htmlFor="personalId" className="field-label">{t('vneidSim.personalId')}</label>
          <p id="personalId-hint" className="mb-1 text-sm text-ink-muted">{t('vneidSim.personalIdHint')}</p>
          {idError && <p id="personalId-error" className="field-error">{idError}</p>}
          <input
            id="personalId"
            name="personalId"
            inputMode="numeric"
            autoComplete="username"
            defaultValue={state.personalId}
            aria-invalid={Boolean(idError)}
            aria-describedby={idError ? 'personalId-hint personalId-error' : 'personalId-hint'}
            className="field-input"
          />
        </div>
        <div>
          <label htmlFor="password" className="field-label">{t('vneidSim.password')}</label>
          {passwordError && <p id="password-error" className="field-error">{passwordError}</p>}
          <input
            id="password"
            name="password"
            type="password"
            autoComplete="current-password"
            aria-invalid={Boolean(passwordError)}
            aria-describedby={passwordError ? 'password-error' : undefined}
            className="field-input"
          />
        </div>
        <button type="submit" className="btn-primary" disabled={pending || Boolean(state.redirectTo)}>{t('vneidSim.submit')}</button>
      </form>
      <section aria-labelledby="personas" className="space-y-3">
        <h2 id="personas" className="text-lg font-bold">{t('vneidSim.personasTitle')}</h2>
        <p className="text-sm text-ink-muted">{t('vneidSim.personasHint')}</p>
        <ul className="grid gap-2">
          {personas.map((p) => (
            <li key={p.personalId}>
              <form action={action}>
                <input type="hidden" name="request" value={request} />
                <input type="hidden" name="personalId" value={p.personalId} />
                <input type="hidden" name="persona" value="1" />
                <button type="submit" className="btn-secondary w-full justify-between" disabled={pending}>
                  <span>{p.fullName}</span>
                  <span className="font-mono text-sm">{p.personalId}</span>
                </button>
              </form>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
