'use client';

import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { FieldValues, UseFormGetValues, UseFormReset, UseFormWatch } from 'react-hook-form';
import { dropDraft, keepDraft, pendingDrafts, readDraft, stableJson } from '@/lib/offline/device-drafts';

function subscribeOnline(onChange: () => void) {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
}

/** Whether the browser has a connection, as it says (the server may still be out of reach). */
export function useOnline(): boolean {
  return useSyncExternalStore(subscribeOnline, () => navigator.onLine, () => true);
}

export type DraftState =
  | { kind: 'none' }
  /** What was typed on this device was put back into the form. */
  | { kind: 'restored' }
  /** The application changed on the server since this was typed: the person chooses. */
  | { kind: 'conflict'; mine: FieldValues };

/**
 * Keeps a form page's answers on the device as they are typed (lib/offline/device-drafts.ts) and
 * puts them back when the page opens again: silently if the server's answers are still those the
 * typing started from, else as a conflict for the person to settle. `pending` is a "Save and
 * continue" that did not reach the server, to send again when the connection returns.
 */
export function useDeviceDraft({
  applicationId,
  step,
  defaultValues,
  watch,
  reset,
  getValues,
}: {
  applicationId: string;
  step: string;
  defaultValues: FieldValues;
  watch: UseFormWatch<FieldValues>;
  reset: UseFormReset<FieldValues>;
  getValues: UseFormGetValues<FieldValues>;
}) {
  const base = useMemo(() => stableJson(defaultValues), [defaultValues]);
  const [state, setState] = useState<DraftState>({ kind: 'none' });
  const [pending, setPending] = useState(false);
  const pendingRef = useRef(false);
  // Nothing is written before the stored draft has been read: the defaults would overwrite it.
  const loaded = useRef(false);
  // Once the page is saved on the server nothing more is kept, even a write still waiting to go:
  // the page stays mounted while the next one loads.
  const saved = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    let cancelled = false;
    void readDraft(applicationId, step).then((draft) => {
      if (cancelled) return;
      // What was typed on this page while the stored draft was read (or before the page's scripts
      // ran) is newer than the draft: it stays, over it.
      const typedNow = changedFrom(getValues(), defaultValues);
      if (draft && stableJson(draft.values) !== base) {
        if (draft.base === base) {
          reset({ ...draft.values, ...typedNow }, { keepDefaultValues: true });
          setState({ kind: 'restored' });
          pendingRef.current = draft.pending;
          setPending(draft.pending);
        } else {
          setState({ kind: 'conflict', mine: draft.values });
        }
      }
      loaded.current = true;
      // The typing went before anything was kept: it is kept now, as if typed after.
      if (Object.keys(typedNow).length > 0) void keepDraft({ applicationId, step, values: getValues(), base, pending: pendingRef.current, savedAt: Date.now() });
    });
    return () => {
      cancelled = true;
    };
  }, [applicationId, step, base, reset]); // eslint-disable-line react-hooks/exhaustive-deps -- defaultValues is `base`

  useEffect(() => {
    saved.current = false;
  }, [applicationId, step]);

  useEffect(() => {
    const subscription = watch((values) => {
      if (!loaded.current || saved.current) return;
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void keepDraft({ applicationId, step, values: values as FieldValues, base, pending: pendingRef.current, savedAt: Date.now() }), 150);
    });
    return () => {
      clearTimeout(timer.current);
      subscription.unsubscribe();
    };
  }, [applicationId, step, base, watch]);

  /** "Save and continue" could not reach the server: keep the answers to send when back online. */
  const markPending = useCallback(
    async (values: FieldValues) => {
      pendingRef.current = true;
      setPending(true);
      await keepDraft({ applicationId, step, values, base, pending: true, savedAt: Date.now() });
    },
    [applicationId, step, base],
  );

  /** Saved on the server: the device keeps nothing of this page. */
  const forget = useCallback(async () => {
    saved.current = true;
    clearTimeout(timer.current);
    pendingRef.current = false;
    setPending(false);
    setState({ kind: 'none' });
    await dropDraft(applicationId, step);
  }, [applicationId, step]);

  /** The person settled a conflict: their own answers (kept, now over the server's) or the server's. */
  const settle = useCallback(
    async (choice: 'mine' | 'server') => {
      if (state.kind !== 'conflict') return;
      if (choice === 'mine') {
        reset(state.mine, { keepDefaultValues: true });
        await keepDraft({ applicationId, step, values: state.mine, base, pending: false, savedAt: Date.now() });
      } else {
        await dropDraft(applicationId, step);
      }
      setState({ kind: 'none' });
    },
    [state, reset, applicationId, step, base],
  );

  return { state, pending, markPending, forget, settle };
}

/** The fields whose value is not the server's, an empty answer (`''`, `false`, none) being one value. */
export function changedFrom(values: FieldValues, defaults: FieldValues): FieldValues {
  const empty = (v: unknown) => JSON.stringify(v === false || v === null || v === undefined ? '' : v);
  return Object.fromEntries(Object.entries(values).filter(([name, v]) => empty(v) !== empty(defaults[name])));
}

/**
 * Back online on one page, the application's other pages saved offline meanwhile are sent first,
 * oldest first (a page may depend on an earlier one). A page the server refuses stays on the
 * device, no longer waiting, and is named so the person opens it to correct it.
 */
export async function sendPendingPages(
  applicationId: string,
  exceptStep: string,
  save: (input: { applicationId: string; step: string; values: unknown }) => Promise<{ ok: boolean }>,
): Promise<{ saved: string[]; refused: string[] }> {
  const saved: string[] = [];
  const refused: string[] = [];
  for (const draft of await pendingDrafts(applicationId)) {
    if (draft.step === exceptStep) continue;
    try {
      const result = await save({ applicationId, step: draft.step, values: draft.values });
      if (result.ok) {
        await dropDraft(applicationId, draft.step);
        saved.push(draft.step);
      } else {
        await keepDraft({ ...draft, pending: false });
        refused.push(draft.step);
      }
    } catch {
      break; // the connection went again: the rest wait for the next time
    }
  }
  return { saved, refused };
}
