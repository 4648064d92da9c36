'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useEffect, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore, useTransition } from 'react';
import { Controller, useForm, type FieldErrors, type FieldValues } from 'react-hook-form';
import { fieldShown, type FieldDef } from '@/lib/procedures/form-types';
import { DateInput } from './date-input';
import { ErrorSummary } from './error-summary';
import { CsvIdImport } from './csv-id-import';
import { PersonalIdLookup } from './personal-id-lookup';
import { pendingDrafts } from '@/lib/offline/device-drafts';
import { isKept, keepPages } from '@/lib/offline/page-cache';
import { sendPendingPages, useDeviceDraft, useOnline } from './use-device-draft';
import { lazyResolver } from './lazy-resolver';
import { domDefault, editedBeforeReady, type FieldElement } from './edited-before-ready';

/** Set when a save sent on reconnection went through, so the next page can say so. */
const SAVED_ON_RECONNECT = 'hotich:savedOnReconnect';

export type Option = { value: string; label: string };
/** A refusal of the whole page (not of a field) comes as `fieldErrors._`: a message id shown above the form. */
export type SaveStep = (input: { applicationId: string; step: string; values: unknown }) => Promise<{ ok: true; next: string } | { ok: false; fieldErrors: Record<string, string[]> }>;

type Props = {
  applicationId: string;
  /** The procedure and form version whose page this is: the browser's check loads the page's schema from the form registry. */
  procedureCode: string;
  formVersion: number;
  step: string;
  /** The page's fields (its `PageDef.fields`) and the message namespace of the form, given by the server page. */
  fields: readonly FieldDef[];
  messages: string;
  defaultValues: FieldValues;
  /** Options supplied at run time: by source (`ethnicities`, `registries`), and by field name for `optionsFrom: 'context'`. */
  options: Partial<Record<string, Option[]>>;
  /** When an electronic notice exists, the fields it fills are shown, not asked. */
  notice: { number: string; issuer: string } | null;
  /** Fields the applicant cannot change here (her own number where she said she is the mother). */
  readOnly?: readonly string[];
  save: SaveStep;
  /** Options that do not apply to this applicant, e.g. the father's home town when no father is declared. */
  excludeOptions?: Record<string, readonly string[]>;
  /** The page after this one as the answers stand: kept for a lost connection, and opened offline. */
  nextPath?: string;
  /** The names of the form's pages, to say which page saved offline could not be sent. */
  stepTitles?: Record<string, string>;
};

/**
 * The generic page of an e-form: renders the page's fields from data, validates with the page's
 * zod schema in the browser, saves on the server (which validates again) and moves on. Errors
 * appear in a summary and next to each field; nothing typed is lost.
 *
 * The schema (and zod) is not in the page's first load: it is fetched when the person first
 * focuses the form, and awaited on "Save and continue" (./lazy-resolver.ts, ./page-validation.ts).
 */
export function StepForm({ applicationId, procedureCode, formVersion, step, fields, messages: ns, defaultValues, options, notice, readOnly = [], save, excludeOptions = {}, nextPath, stepTitles = {} }: Props) {
  const t = useTranslations();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [saveFailed, setSaveFailed] = useState(false);
  /** Why the server refused the page as a whole (e.g. the application was submitted meanwhile); what was typed stays. */
  const [formError, setFormError] = useState<string | null>(null);
  const validation = useMemo(
    () => lazyResolver(() => import('./page-validation').then((m) => m.pageResolver(procedureCode, formVersion, step))),
    [procedureCode, formVersion, step],
  );
  const { register, handleSubmit, watch, setError, setValue, getValues, control, formState, reset } = useForm<FieldValues>({
    resolver: validation.resolver,
    defaultValues,
    mode: 'onSubmit',
    // The error summary takes the focus (and links to each field); react-hook-form must not take it back.
    shouldFocusError: false,
  });
  const values = watch();
  const online = useOnline();
  const draft = useDeviceDraft({ applicationId, step, defaultValues, watch, reset, getValues });
  // A slow phone shows the server's page, with the saved answers in it, before its scripts run.
  // What the person changes meanwhile is read from each field as the form takes it over and kept
  // (./edited-before-ready.ts); "Save and continue" waits for the scripts, so the page is never
  // sent by the browser itself, with the answers in its address.
  const hydrated = useSyncExternalStore(noSubscription, () => true, () => false);
  const beforeReady = useRef<Record<string, string | boolean> | null>({});
  const bind = (name: string) => {
    const props = register(name);
    return {
      ...props,
      ref: (el: FieldElement | null) => {
        const edited = el && beforeReady.current ? editedBeforeReady(el) : undefined;
        if (edited !== undefined) beforeReady.current![name] = edited;
        props.ref(el);
      },
    };
  };
  useLayoutEffect(() => {
    const edited = beforeReady.current ?? {};
    beforeReady.current = null;
    for (const [name, value] of Object.entries(edited)) setValue(name, value, { shouldDirty: true });
  }, [setValue]);
  const formRef = useRef<HTMLFormElement>(null);
  const [savedOnReconnect, setSavedOnReconnect] = useState(false);
  useEffect(() => {
    if (sessionStorage.getItem(SAVED_ON_RECONNECT) !== '1') return;
    sessionStorage.removeItem(SAVED_ON_RECONNECT);
    setSavedOnReconnect(true);
  }, []);
  const visible = (f: FieldDef) => fieldShown(f, values);
  const locked = (f: FieldDef) => Boolean((notice && f.fromNotice) || readOnly.includes(f.name));
  const label = (name: string) => t(`${ns}.fields.${name}`);
  const optionLabel = (name: string, value: string) => t(`${ns}.options.${name}.${value}`);
  /** A choice field's options, from the form's data or supplied by the page. */
  const choices = (f: FieldDef): Option[] =>
    f.options ? f.options.filter((o) => !excludeOptions[f.name]?.includes(o)).map((o) => ({ value: o, label: optionLabel(f.name, o) })) : (options[f.optionsFrom === 'context' ? f.name : f.optionsFrom!] ?? []);
  const choiceLabel = (f: FieldDef, value: string) => choices(f).find((o) => o.value === value)?.label ?? value;

  // The look-up names the field; the applicant's answer on this page about who the person is goes along, unsaved.
  const lookupOf = (f: FieldDef) => {
    const [fromPage, fromField] = f.lookup?.kinship?.from.split('.') ?? [];
    return { applicationId, step, field: f.name, ...(fromPage === step && fromField ? { kinship: String(values[fromField] ?? '') } : {}) };
  };
  const message = (raw: string | undefined) => (raw ? t(raw as 'validation.required') : '');
  const errorOf = (name: string) => (formState.errors as FieldErrors)[name]?.message as string | undefined;
  const summary = fields
    .filter((f) => visible(f) && errorOf(f.name))
    .map((f) => ({ href: `#${anchor(f)}`, message: `${label(f.name)}: ${message(errorOf(f.name))}` }));

  const onSubmit = handleSubmit(async (data) => {
    // No connection: the page is kept on the device, sent when the connection returns, and the
    // next page opens if it was kept (public/sw.js); else the person stays here.
    if (!navigator.onLine) {
      await draft.markPending(data);
      if (nextPath && (await isKept(nextPath))) window.location.assign(nextPath);
      return;
    }
    startTransition(async () => {
      try {
        const result = await save({ applicationId, step, values: data });
        setSaveFailed(false);
        setFormError(null);
        if (result.ok) {
          if (draft.pending) sessionStorage.setItem(SAVED_ON_RECONNECT, '1');
          await draft.forget();
          return router.push(result.next);
        }
        for (const [name, messages] of Object.entries(result.fieldErrors)) {
          if (name === '_') setFormError(messages[0] ?? null);
          else setError(name, { message: messages[0] });
        }
      } catch {
        setSaveFailed(true);
        await draft.markPending(data);
      }
    });
  });
  // Online: this page and the next are kept for a lost connection.
  useEffect(() => {
    if (online) void keepPages([`/applications/${applicationId}/${step}`, ...(nextPath ? [nextPath] : [])]);
  }, [online, applicationId, step, nextPath]);
  // Back online: the other pages saved offline go first, then this one if it waits (from before
  // a reload too), as the person asked.
  const [refusedPages, setRefusedPages] = useState<string[]>([]);
  // Offline on a page opened from the device: an earlier page may be waiting to be sent.
  const [earlierWaiting, setEarlierWaiting] = useState(false);
  useEffect(() => {
    if (online) return;
    let cancelled = false;
    void pendingDrafts(applicationId).then((waiting) => {
      if (!cancelled) setEarlierWaiting(waiting.some((d) => d.step !== step));
    });
    return () => {
      cancelled = true;
    };
  }, [online, applicationId, step]);
  // One sending at a time: the effect runs again when the restored draft turns out to be waiting.
  const sending = useRef<Promise<unknown> | null>(null);
  useEffect(() => {
    if (!online) return;
    let cancelled = false;
    const previous = sending.current ?? Promise.resolve();
    const run = previous.then(() => sendPendingPages(applicationId, step, save)).then(({ saved, refused }) => {
      if (cancelled) return;
      if (refused.length > 0) setRefusedPages(refused);
      if (saved.length > 0 && !draft.pending) setSavedOnReconnect(true);
      if (draft.pending) formRef.current?.requestSubmit();
    });
    sending.current = run;
    return () => {
      cancelled = true;
    };
  }, [online, draft.pending]); // eslint-disable-line react-hooks/exhaustive-deps
  const shown = (f: FieldDef, v: unknown) => {
    const text = String(v ?? '');
    if (!text) return '—';
    if (f.kind === 'radio' || f.kind === 'select') return choiceLabel(f, text);
    if (f.kind === 'checkbox') return t(v ? 'form.offline.yes' : 'form.offline.no');
    return f.kind === 'date' ? text.split('-').reverse().join('/') : text;
  };
  /** What was typed on this device, when the application changed on the server meanwhile. */
  const mine = draft.state.kind === 'conflict' ? draft.state.mine : null;
  const conflicts = mine ? fields.filter((f) => !locked(f) && stableValue(mine[f.name]) !== stableValue(defaultValues[f.name])) : [];

  return (
    <form ref={formRef} onSubmit={onSubmit} onFocus={validation.preload} noValidate className="space-y-6">
      <ErrorSummary title={t('form.errorSummary')} errors={summary} attempt={formState.submitCount} />
      <div role="status">
        {!online ? (
          <p className="rounded-md border-4 border-focus bg-focus/20 p-4 font-semibold">{t(draft.pending ? 'form.offline.waiting' : earlierWaiting ? 'form.offline.earlierWaiting' : 'form.offline.kept')}</p>
        ) : draft.pending && pending ? (
          <p className="rounded-md bg-neutral-100 p-4 font-semibold">{t('form.offline.sending')}</p>
        ) : savedOnReconnect ? (
          <p className="rounded-md bg-neutral-100 p-4 font-semibold">{t('form.offline.saved')}</p>
        ) : draft.state.kind === 'restored' ? (
          <p className="rounded-md bg-neutral-100 p-4">{t('form.offline.restored')}</p>
        ) : null}
      </div>
      {mine && (
        <section aria-labelledby="draft-conflict" className="space-y-3 rounded-md border-4 border-brand p-4">
          <h2 id="draft-conflict" className="text-xl font-bold">{t('form.offline.conflictTitle')}</h2>
          <p>{t('form.offline.conflict')}</p>
          {conflicts.length > 0 && (
            <dl className="space-y-2">
              {conflicts.map((f) => (
                <div key={f.name}>
                  <dt className="font-semibold">{label(f.name)}</dt>
                  <dd>
                    {t('form.offline.onDevice')}: {shown(f, mine[f.name])}
                  </dd>
                  <dd>
                    {t('form.offline.onServer')}: {shown(f, defaultValues[f.name])}
                  </dd>
                </div>
              ))}
            </dl>
          )}
          <div className="flex flex-wrap gap-3">
            <button type="button" className="btn-primary" onClick={() => void draft.settle('mine')}>{t('form.offline.keepMine')}</button>
            <button type="button" className="btn-secondary" onClick={() => void draft.settle('server')}>{t('form.offline.useServer')}</button>
          </div>
        </section>
      )}
      {refusedPages.length > 0 && (
        <div role="alert" className="rounded-md border-4 border-brand p-4">
          <p className="font-semibold">{t('form.offline.notSent')}</p>
          <ul className="list-disc ps-6">
            {refusedPages.map((s) => (
              <li key={s}>
                <a href={`/applications/${applicationId}/${s}`}>{stepTitles[s] ?? s}</a>
              </li>
            ))}
          </ul>
        </div>
      )}
      {saveFailed && online && <p role="alert" className="rounded-md border-4 border-brand p-4 font-semibold">{t('form.saveFailed')}</p>}
      {formError && <p role="alert" className="rounded-md border-4 border-brand p-4 font-semibold">{message(formError)}</p>}
      {notice && fields.some((f) => f.fromNotice) && (
        <p className="rounded-md bg-neutral-100 p-3">{t(`${ns}.fromNotice`, notice)}</p>
      )}
      {fields.filter(visible).map((f) => {
        const fieldLabel = label(f.name);
        const hintKey = `${ns}.hints.${f.name}`;
        const hint = t.has(hintKey) ? t(hintKey) : undefined;
        const error = message(errorOf(f.name));
        const describedBy = [hint && `${f.name}-hint`, error && `${f.name}-error`].filter(Boolean).join(' ') || undefined;
        const hintEl = hint && <p id={`${f.name}-hint`} className="text-sm text-ink-muted">{hint}</p>;
        const errorEl = error && <p id={`${f.name}-error`} className="field-error">{error}</p>;
        const wrap = `space-y-1 ${error ? 'border-s-4 border-brand ps-3' : ''}`;

        if (locked(f)) {
          const v = String(values[f.name] ?? '');
          const shown = (f.kind === 'radio' || f.kind === 'select') && v ? choiceLabel(f, v) : f.kind === 'date' ? v.split('-').reverse().join('/') : v;
          return (
            <div key={f.name}>
              <p className="font-semibold">{fieldLabel}</p>
              <p id={anchor(f)}>{shown || '—'}</p>
              {f.kind === 'personalId' && f.lookup && v && <PersonalIdLookup value={v} {...lookupOf(f)} />}
              <input type="hidden" defaultValue={domDefault(defaultValues[f.name])} {...bind(f.name)} />
            </div>
          );
        }
        if (f.kind === 'radio') {
          return (
            <fieldset key={f.name} className={wrap} aria-describedby={describedBy}>
              <legend className="field-label">{fieldLabel}</legend>
              {hintEl}
              {errorEl}
              {choices(f).map((o, i) => (
                <label key={o.value} className="flex min-h-11 items-center gap-3">
                  <input type="radio" id={i === 0 ? anchor(f) : undefined} value={o.value} defaultChecked={domDefault(defaultValues[f.name]) === o.value} {...bind(f.name)} className="h-6 w-6 shrink-0 accent-brand" />
                  <span>{o.label}</span>
                </label>
              ))}
            </fieldset>
          );
        }
        if (f.kind === 'checkbox') {
          return (
            <div key={f.name} className={wrap}>
              {errorEl}
              <label className="flex min-h-11 items-start gap-3">
                <input type="checkbox" id={anchor(f)} defaultChecked={Boolean(defaultValues[f.name])} {...bind(f.name)} className="mt-1 h-6 w-6 shrink-0 accent-brand" />
                <span>{fieldLabel}</span>
              </label>
            </div>
          );
        }
        if (f.kind === 'date') {
          return (
            <fieldset key={f.name} className={wrap} aria-describedby={describedBy}>
              <legend className="field-label">{fieldLabel}</legend>
              {hintEl}
              {errorEl}
              <Controller
                control={control}
                name={f.name}
                render={({ field }) => <DateInput id={`f-${f.name}`} value={String(field.value ?? '')} onChange={field.onChange} invalid={Boolean(error)} describedBy={describedBy} />}
              />
            </fieldset>
          );
        }
        const input =
          f.kind === 'select' ? (
            <select id={anchor(f)} defaultValue={domDefault(defaultValues[f.name])} {...bind(f.name)} aria-invalid={Boolean(error)} aria-describedby={describedBy} className="field-input">
              <option value="">—</option>
              {choices(f).map((o) => (
                <option key={o.value} value={o.value}>{o.label}</option>
              ))}
            </select>
          ) : f.kind === 'textarea' ? (
            <textarea id={anchor(f)} rows={3} defaultValue={domDefault(defaultValues[f.name])} {...bind(f.name)} aria-invalid={Boolean(error)} aria-describedby={describedBy} className="field-input" />
          ) : (
            <input
              id={anchor(f)}
              type={f.kind === 'time' ? 'time' : 'text'}
              inputMode={f.kind === 'personalId' ? 'numeric' : f.inputMode}
              autoComplete={f.autoComplete}
              spellCheck={false}
              defaultValue={domDefault(defaultValues[f.name])}
              {...bind(f.name)}
              aria-invalid={Boolean(error)}
              aria-describedby={describedBy}
              className={`field-input ${f.kind === 'personalId' || f.kind === 'time' ? 'max-w-xs' : ''}`}
            />
          );
        return (
          <div key={f.name} className={wrap}>
            <label htmlFor={anchor(f)} className="field-label">
              {fieldLabel} {f.optional && <span className="font-normal text-ink-muted">({t('form.optional')})</span>}
            </label>
            {hintEl}
            {errorEl}
            {input}
            {f.kind === 'personalId' && f.lookup && <PersonalIdLookup value={String(values[f.name] ?? '')} {...lookupOf(f)} />}
            {f.importFrom === 'csv' && <CsvIdImport id={`${anchor(f)}-csv`} current={String(values[f.name] ?? '')} onImport={(text) => setValue(f.name, text, { shouldDirty: true })} />}
          </div>
        );
      })}
      <button type="submit" className="btn-primary" disabled={pending || !hydrated}>
        {pending ? t('form.saving') : t('form.continue')}
      </button>
    </form>
  );
}

const stableValue = (v: unknown) => JSON.stringify(v ?? '');
const noSubscription = () => () => {};

function anchor(f: FieldDef) {
  return f.kind === 'date' ? `f-${f.name}-d` : `f-${f.name}`;
}
