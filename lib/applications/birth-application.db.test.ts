import { randomUUID } from 'node:crypto';
import { beforeAll, expect, it } from 'vitest';
import { selectEvents } from '@/db/queries/applications';
import { seedPersonas } from '@/db/seed/personas';
import { describeEachDatabase } from '@/db/testing';
import { isAppError } from '@/lib/errors';
import { applyAction } from '@/lib/workflow/apply-action';
import { saveStep } from './save-step';
import { startApplication } from './start-application';
import { submitApplication } from './submit-application';

const LAN = '001195012345';
const MINH = '001093054321';
const AN = '031085002468';
const at = (local: string) => new Date(`${local}+07:00`);

describeEachDatabase('birth application: start, save, submit', (db) => {
  beforeAll(async () => {
    await seedPersonas(db());
  });

  async function lanDraft(now = at('2026-11-23T10:00')) {
    const app = await startApplication(db(), { personalId: LAN, organisationCode: null, procedureCode: 'birthRegistration', startKey: randomUUID(), now });
    const save = (step: Parameters<typeof saveStep>[1]['step'], values: unknown) => saveStep(db(), { applicationId: app.id, personalId: LAN, organisationCode: null, step, values, now });
    return { app, save };
  }

  async function fillLan(save: Awaited<ReturnType<typeof lanDraft>>['save']) {
    expect(await save('registry', { registryCode: '00070' })).toMatchObject({ ok: true });
    expect(await save('applicant', { relationship: 'mother', phone: '0912 345 678', email: 'lan.nguyen@example.vn' })).toMatchObject({ ok: true });
    expect(await save('mother', { personalId: LAN })).toMatchObject({ ok: true });
    expect(await save('father', { status: 'provided', personalId: MINH })).toMatchObject({ ok: true });
    expect(
      await save('child', {
        surname: 'Trần', middleName: 'Minh', givenName: 'Khôi', sex: 'male', dateOfBirth: '2026-11-15', timeOfBirth: '08:40',
        placeOfBirthKind: 'healthFacility', placeOfBirth: 'Bệnh viện Phụ sản Hà Nội', ethnicityCode: '01', homeTownKind: 'sameAsFather', homeTown: '',
      }),
    ).toMatchObject({ ok: true });
    expect(await save('bundle', { residence: true, healthInsurance: true })).toMatchObject({ ok: true });
  }

  it("starts Lan's draft at her registry, and a double click starts only one", async () => {
    const startKey = randomUUID();
    const now = at('2026-11-23T09:00');
    const a = await startApplication(db(), { personalId: LAN, organisationCode: null, procedureCode: 'birthRegistration', startKey, now });
    const b = await startApplication(db(), { personalId: LAN, organisationCode: null, procedureCode: 'birthRegistration', startKey, now });
    expect(b.id).toBe(a.id);
    expect(a).toMatchObject({ status: 'draft', registryCode: '00070' });
  });

  it('refuses to start where the registry does not accept online applications', async () => {
    const err = await startApplication(db(), { personalId: AN, organisationCode: null, procedureCode: 'birthRegistration', startKey: randomUUID(), now: new Date() }).catch((e: unknown) => e);
    expect(isAppError(err, 'registryNotOnline')).toBe(true);
  });

  it('explains field errors and saves nothing from an invalid page', async () => {
    const { save } = await lanDraft();
    expect(await save('applicant', { relationship: 'mother', phone: '12345', email: 'not-an-email' })).toEqual({
      ok: false,
      fieldErrors: { phone: ['validation.phone'], email: ['validation.email'] },
    });
    expect(await save('father', { status: 'provided', personalId: '001199999999' })).toEqual({ ok: false, fieldErrors: { personalId: ['lookup.notFound'] } });
    expect(await save('father', { status: 'provided', personalId: '0010930543' })).toEqual({ ok: false, fieldErrors: { personalId: ['personalId.length'] } });
  });

  it('keeps her own number on the mother\'s page once she said she is the mother', async () => {
    const { save } = await lanDraft();
    await save('applicant', { relationship: 'mother', phone: '0912345678', email: '' });
    expect(await save('mother', { personalId: MINH })).toMatchObject({ ok: true, answers: { mother: { personalId: LAN } } });
  });

  it('takes the birth facts from the electronic birth notice, whatever the browser sends', async () => {
    const { save } = await lanDraft();
    await save('applicant', { relationship: 'mother', phone: '0912345678', email: '' });
    await save('mother', { personalId: LAN });
    const result = await save('child', {
      surname: 'Trần', middleName: '', givenName: 'Khôi', sex: 'female', dateOfBirth: '2026-11-14', timeOfBirth: '',
      placeOfBirthKind: 'healthFacility', placeOfBirth: 'x', ethnicityCode: '01', homeTownKind: 'sameAsMother', homeTown: '',
    });
    expect(result).toMatchObject({ ok: true, answers: { child: { sex: 'male', dateOfBirth: '2026-11-15', timeOfBirth: '08:40', placeOfBirthKind: 'healthFacility', placeOfBirth: expect.stringMatching(/^Bệnh viện Phụ sản Hà Nội, 43 Tràng Thi/) } } });
  });

  it('submits once with a dossier code and a same-day due date, and records the event', async () => {
    const { app, save } = await lanDraft();
    await fillLan(save);
    const now = at('2026-11-23T10:05');
    const [first, second] = await Promise.all([
      submitApplication(db(), { applicationId: app.id, personalId: LAN, organisationCode: null, declaration: { agreed: true }, now }),
      submitApplication(db(), { applicationId: app.id, personalId: LAN, organisationCode: null, declaration: { agreed: true }, now }),
    ]);
    expect(first).toMatchObject({ ok: true, dueOn: '2026-11-23' });
    expect(second).toEqual(first);
    if (!first.ok) return;
    expect(first.dossierCode).toMatch(/^00070-261123-\d{4}$/);
    const events = await selectEvents(db(), app.id);
    expect(events.map((e) => [e.action, e.fromStatus, e.toStatus])).toEqual([['submit', 'draft', 'submitted']]);
  });

  it('counts a submission after 15:00 from the next working day', async () => {
    const { app, save } = await lanDraft(at('2026-11-27T15:30'));
    await fillLan(save);
    const result = await submitApplication(db(), { applicationId: app.id, personalId: LAN, organisationCode: null, declaration: { agreed: true }, now: at('2026-11-27T15:30') });
    expect(result).toMatchObject({ ok: true, dueOn: '2026-11-30' });
  });

  it('refuses submission without the declaration or with pages missing', async () => {
    const { app, save } = await lanDraft();
    await save('applicant', { relationship: 'mother', phone: '0912345678', email: '' });
    const result = await submitApplication(db(), { applicationId: app.id, personalId: LAN, organisationCode: null, declaration: {}, now: at('2026-11-23T11:00') });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual(expect.arrayContaining([{ step: 'declaration', field: 'agreed', message: 'validation.declaration' }, { step: 'child', field: '_', message: 'validation.stepIncomplete' }]));
  });

  it("gives another citizen 'not found' for Lan's application", async () => {
    const { app } = await lanDraft();
    const err = await saveStep(db(), { applicationId: app.id, personalId: MINH, organisationCode: null, step: 'bundle', values: { residence: false, healthInsurance: false }, now: new Date() }).catch((e: unknown) => e);
    expect(isAppError(err, 'notFound')).toBe(true);
    const err2 = await applyAction(db(), { applicationId: app.id, action: 'withdraw', actor: { kind: 'citizen', id: MINH }, scope: { applicantPersonalId: MINH, organisationCode: null }, now: new Date() }).catch((e: unknown) => e);
    expect(isAppError(err2, 'notFound')).toBe(true);
  });

  it('refuses an illegal transition and leaves no event', async () => {
    const { app } = await lanDraft();
    const err = await applyAction(db(), { applicationId: app.id, action: 'returnDraft', actor: { kind: 'officer', id: 'x' }, scope: { registryCode: '00070' }, now: new Date() }).catch((e: unknown) => e);
    expect(isAppError(err, 'illegalTransition')).toBe(true);
    expect(await selectEvents(db(), app.id)).toEqual([]);
  });
});
