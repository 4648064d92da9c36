'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { issueCopiesAction, type CopiesActionState } from '../actions';

export type CandidateView = { id: string; official: boolean; event: string; entry: string; registry: string; persons: string };

/** The entries that match a copy request, each with the officer's "issue copies" when it is official. */
export function CopiesPanel({ applicationId, candidates }: { applicationId: string; candidates: CandidateView[] }) {
  const t = useTranslations('registerSearch');
  const tm = useTranslations();
  const [state, action, pending] = useActionState<CopiesActionState, FormData>(issueCopiesAction, {});
  return (
    <section aria-labelledby="candidates" className="space-y-3 rounded-md border-4 border-focus p-4">
      <h2 id="candidates" className="text-2xl font-bold">{t('candidates')}</h2>
      {state.done && <p role="status" className="font-semibold">{t('copiesDone')}</p>}
      {state.message && (
        <p role="alert" className="font-semibold text-red-800">
          {tm(state.message as 'errors.notFound')}
        </p>
      )}
      {candidates.length === 0 ? (
        <p>{t('noCandidates')}</p>
      ) : (
        <ul className="space-y-3">
          {candidates.map((c) => (
            <li key={c.id} className="space-y-1 rounded-md border-2 border-neutral-300 p-3">
              <p className="font-semibold">
                {c.event} — {c.entry}
              </p>
              <p>{c.registry}</p>
              <p>{c.persons}</p>
              {c.official ? (
                <form action={action}>
                  <input type="hidden" name="applicationId" value={applicationId} />
                  <input type="hidden" name="recordId" value={c.id} />
                  <button type="submit" className="btn-primary" disabled={pending}>{t('issueCopies')}</button>
                </form>
              ) : (
                <p className="font-semibold">{t('notOfficial')}</p>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
