import { actionErrorMessage, type ActionErrorCode } from '@/lib/errors';

export type SaveStepOutcome = { ok: true; next: string } | { ok: false; fieldErrors: Record<string, string[]> };

/**
 * What the e-form is told when a page could not be saved at all. An application that is not hers (or
 * no such page) sends her back to her applications (null); anything else — it was submitted
 * meanwhile, the registry asked about other pages — is said above the form as `fieldErrors._`,
 * and what she typed stays in the form.
 */
export function saveFailureOutcome(failure: { error: ActionErrorCode; fieldErrors?: Record<string, string[]> }): SaveStepOutcome | null {
  if (failure.error === 'notFound' || failure.error === 'unauthenticated' || failure.error === 'forbidden') return null;
  return { ok: false, fieldErrors: { _: [actionErrorMessage(failure)] } };
}
