'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { officeDecision, type OfficeActionState } from '../actions';
import type { Decision } from '../decisions';


/** Decisions taken with one button; the others need a written reason. */
const SIMPLE = ['accept', 'returnDraft', 'confirmAtDesk', 'register', 'sign', 'pickupDone'] as const;
/** Decisions with one written text: the reason sent to the applicant, or the verification's question or answer. */
const WITH_TEXT = ['startVerification', 'answerVerification', 'refuse', 'cancelResult'] as const;

/** The decisions the workflow table allows this user now; reasons are required where the law asks. */
export function DecisionForms({
  applicationId,
  allowed,
  steps,
  document,
  ceremony = false,
  originals = [],
  agencies = [],
  labels = {},
}: {
  applicationId: string;
  allowed: Decision[];
  steps: { id: string; label: string }[];
  document: string;
  /** Registration happens at the ceremony: the officer ticks who and what was seen (Circular 01/2022 Art. 6(5)(a)). */
  ceremony?: boolean;
  /** Papers sent as photos, whose originals the officer must see (not e-documents reused from the database). */
  originals?: { id: string; name: string; kind: string }[];
  /** Agencies whose systems the officer may ask to verify (the police, Decree 87/2020 Art. 13(3)). */
  agencies?: readonly string[];
  labels?: Partial<Record<Decision, string>>;
}) {
  const t = useTranslations();
  const [state, action, pending] = useActionState<OfficeActionState, FormData>(officeDecision, {});
  const fieldError = (name: string) => state.fieldErrors?.[name]?.[0];
  // A procedure may name a decision in its own words (a confirmation letter is numbered, not registered).
  const label = (d: Decision) => labels[d] ?? t(`review.${d}`, { document });
  const simple = SIMPLE.filter((d) => allowed.includes(d) && !(ceremony && d === 'register'));
  return (
    <div className="space-y-6">
      {state.done && <p role="status" className="rounded-md bg-green-800 p-3 font-semibold text-white">{t('review.done')}</p>}
      {state.message && <p role="alert" className="rounded-md border-4 border-brand p-3 font-semibold">{t(state.message as 'consent.pending')}</p>}
      {simple.map((d) => (
        <form key={d} action={action}>
          <input type="hidden" name="applicationId" value={applicationId} />
          <input type="hidden" name="decision" value={d} />
          <button type="submit" className="btn-primary" disabled={pending}>{label(d)}</button>
        </form>
      ))}
      {ceremony && allowed.includes('register') && (
        <form action={action} className="space-y-3 rounded-md border-4 border-focus p-4">
          <input type="hidden" name="applicationId" value={applicationId} />
          <input type="hidden" name="decision" value="register" />
          <fieldset className="space-y-2">
            <legend className="text-lg font-bold">{t('review.ceremonyTitle')}</legend>
            {(['bothPresent', 'identityChecked'] as const).map((name) => (
              <div key={name}>
                {fieldError(name) && <p id={`${name}-error`} className="field-error">{t('validation.ceremonyCheck')}</p>}
                <label className="flex items-start gap-3">
                  <input type="checkbox" name={name} className="mt-1 size-6" aria-describedby={fieldError(name) ? `${name}-error` : undefined} />
                  <span>{t(`review.${name}`)}</span>
                </label>
              </div>
            ))}
            {originals.map((o) => (
              <div key={o.id}>
                {fieldError(`original-${o.id}`) && <p id={`original-${o.id}-error`} className="field-error">{t('validation.ceremonyCheck')}</p>}
                <label className="flex items-start gap-3">
                  <input type="checkbox" name="original" value={o.id} className="mt-1 size-6" aria-describedby={fieldError(`original-${o.id}`) ? `original-${o.id}-error` : undefined} />
                  <span>{t('review.originalSeen', { name: `${o.kind} (${o.name})` })}</span>
                </label>
              </div>
            ))}
            {originals.length === 0 && <p>{t('review.noOriginals')}</p>}
          </fieldset>
          <button type="submit" className="btn-primary" disabled={pending}>{t('review.registerAtCeremony', { document })}</button>
        </form>
      )}
      {allowed.includes('requestSupplement') && (
        <details className="rounded-md border-2 border-neutral-300 p-4" open={state.decision === 'requestSupplement'}>
          <summary className="cursor-pointer font-semibold">{t('review.supplement')}</summary>
          <form action={action} className="mt-3 space-y-3">
            <input type="hidden" name="applicationId" value={applicationId} />
            <input type="hidden" name="decision" value="requestSupplement" />
            <div>
              <label htmlFor="s-step" className="field-label">{t('review.supplementItem')}</label>
              <select id="s-step" name="step" className="field-input">
                {steps.map((s) => (
                  <option key={s.id} value={s.id}>{s.label}</option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor="s-note" className="field-label">{t('review.supplementNote')}</label>
              {fieldError('items.0.note') && <p className="field-error">{t(fieldError('items.0.note') as 'validation.required')}</p>}
              <textarea id="s-note" name="note" rows={2} className="field-input" defaultValue={state.values?.note} key={`n-${state.values?.note}`} />
            </div>
            <div>
              <label htmlFor="s-reason" className="field-label">{t('review.supplementReason')}</label>
              {fieldError('reason') && state.decision === 'requestSupplement' && <p className="field-error">{t(fieldError('reason') as 'validation.required')}</p>}
              <textarea id="s-reason" name="reason" rows={2} className="field-input" defaultValue={state.decision === 'requestSupplement' ? state.values?.reason : ''} key={`s-${state.values?.reason}`} />
            </div>
            <button type="submit" className="btn-secondary" disabled={pending}>{t('review.supplement')}</button>
          </form>
        </details>
      )}
      {WITH_TEXT.filter((d) => allowed.includes(d)).map((d) => (
        <details key={d} className="rounded-md border-2 border-neutral-300 p-4" open={state.decision === d}>
          <summary className="cursor-pointer font-semibold">{label(d)}</summary>
          <form action={action} className="mt-3 space-y-3">
            <input type="hidden" name="applicationId" value={applicationId} />
            <input type="hidden" name="decision" value={d} />
            <label htmlFor={`${d}-reason`} className="field-label">{t(`review.${d}Reason`)}</label>
            {fieldError('reason') && state.decision === d && <p id={`${d}-error`} className="field-error">{t(fieldError('reason') as 'validation.required')}</p>}
            <textarea id={`${d}-reason`} name="reason" rows={3} className="field-input" defaultValue={state.decision === d ? state.values?.reason : ''} key={`${d}-${state.values?.reason}`} />
            {d === 'startVerification' && agencies.includes('police') && (
              <label className="flex items-start gap-3">
                <input type="checkbox" name="police" className="mt-1 size-6" />
                <span>{t('review.askPolice')}</span>
              </label>
            )}
            <button type="submit" className="btn-secondary" disabled={pending}>{label(d)}</button>
          </form>
        </details>
      ))}
    </div>
  );
}
