'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { approveLegacyAction, type ApproveState } from '../register/actions';

export function ApproveForm({ recordId, number, book }: { recordId: string; number: string; book: string }) {
  const t = useTranslations();
  const [state, action, pending] = useActionState<ApproveState, FormData>(approveLegacyAction, {});
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="recordId" value={recordId} />
      <input type="hidden" name="number" value={number} />
      <input type="hidden" name="book" value={book} />
      {state.message && <p role="alert" className="font-semibold">{t(state.message as 'errors.notFound')}</p>}
      {state.done ? (
        <p role="status" className="rounded-md bg-green-800 p-3 font-semibold text-white">{t('legacy.approved', state.done)}</p>
      ) : (
      <button type="submit" className="btn-primary" disabled={pending}>
        {t('legacy.approve')}
        <span className="sr-only"> {t('registerSearch.entry', { number, book, date: '' })}</span>
      </button>
      )}
    </form>
  );
}
