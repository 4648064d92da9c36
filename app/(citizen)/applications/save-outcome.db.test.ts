import { beforeAll, expect, it } from 'vitest';
import { seedPersonas } from '@/db/seed/personas';
import { describeEachDatabase } from '@/db/testing';
import { saveStep } from '@/lib/applications/save-step';
import { at, LAN, submitBirthApplication } from '@/lib/applications/test-fixtures';
import { toActionError } from '@/lib/errors';
import { saveFailureOutcome } from './save-outcome';

describeEachDatabase('saving a page of an application submitted meanwhile (another tab)', (db) => {
  beforeAll(async () => {
    await seedPersonas(db());
  });

  it('tells the applicant why above the form, instead of dropping what she typed and sending her away', async () => {
    const { id } = await submitBirthApplication(db(), { now: at('2026-11-23T10:00') });
    const typed = { surname: 'Trần', middleName: 'Minh', givenName: 'Khoa' };
    const failure = await saveStep(db(), { applicationId: id, personalId: LAN, organisationCode: null, step: 'child', values: typed, now: at('2026-11-23T10:05') }).then(
      () => null,
      (err: unknown) => toActionError(err),
    );
    expect(failure).toMatchObject({ ok: false, error: 'conflict' });
    expect(saveFailureOutcome(failure!)).toEqual({ ok: false, fieldErrors: { _: ['errors.reasons.notEditable'] } });
  });
});
