import { describe, expect, it } from 'vitest';
import { AppError, toActionError } from '@/lib/errors';
import { saveFailureOutcome } from './save-outcome';

describe('a page that cannot be saved', () => {
  it('says why above the form when the application was submitted meanwhile, keeping the page (no redirect)', () => {
    expect(saveFailureOutcome(toActionError(new AppError('conflict', 'The application can no longer be changed', { reason: 'notEditable' })))).toEqual({
      ok: false,
      fieldErrors: { _: ['errors.reasons.notEditable'] },
    });
    expect(saveFailureOutcome(toActionError(new AppError('conflict', 'x', { reason: 'notRequested' })))).toEqual({ ok: false, fieldErrors: { _: ['errors.reasons.notRequested'] } });
    expect(saveFailureOutcome({ error: 'invalidInput', fieldErrors: { step: ['Invalid'] } })).toEqual({ ok: false, fieldErrors: { _: ['errors.invalidInput'] } });
  });

  it("sends her back to her applications when it is not hers or not there", () => {
    expect(saveFailureOutcome(toActionError(new AppError('notFound')))).toBeNull();
    expect(saveFailureOutcome({ error: 'unauthenticated' })).toBeNull();
  });
});
