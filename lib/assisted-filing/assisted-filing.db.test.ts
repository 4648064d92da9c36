import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { populationLookups } from '@/db/schema';
import { lookUpPerson } from '@/lib/applications/person-lookup';
import { selectApplication, selectEvents } from '@/db/queries/applications';
import { seedPersonas } from '@/db/seed/personas';
import { describeEachDatabase } from '@/db/testing';
import { acceptApplication } from '@/lib/applications/accept-application';
import { returnDraft } from '@/lib/applications/return-draft';
import { saveStep } from '@/lib/applications/save-step';
import { submitApplication } from '@/lib/applications/submit-application';
import { at, HOAN_KIEM, LAN, MINH, staff, submitBirthApplication } from '@/lib/applications/test-fixtures';
import { isAppError } from '@/lib/errors';
import { jpeg } from '@/lib/uploads/test-fixtures';
import { createMemoryStorage } from '@/lib/uploads/storage';
import { answerApproval, approvalsOf, simulatedApprovals } from '@/lib/vneid-sim/approvals';
import { simulatedCardReader } from '@/lib/vneid-sim/chip-card';
import { assistCounts, assistRequestSchema, assistedDraftFor, confirmAtDesk, filingsOfHelper, helperOf, refreshAssistedFiling, requestAssistedFiling, type IdentityChecks } from '.';

const MY = '010301006789';
const notFound = (promise: Promise<unknown>) => promise.then(() => 'no error', (e: unknown) => (isAppError(e, 'notFound') ? 'notFound' : e));

describeEachDatabase('assisted filing at the one-stop desk (issue 12)', (db) => {
  let checks: IdentityChecks;
  const storage = createMemoryStorage();
  const helperNamed = async (username: string) => helperOf(db(), (await staff(db(), username)).userId);

  beforeAll(async () => {
    await seedPersonas(db());
    checks = { approvals: simulatedApprovals(db()), cardReader: simulatedCardReader(db()) };
  });

  describe('the citizen approves on their VNeID app', () => {
    it("waits for the citizen's own answer, then opens an application that is the citizen's, with the helper and desk on its timeline", async () => {
      const helper = await helperNamed('officer.sapa');
      const now = at('2026-11-23T09:00');
      const started = await requestAssistedFiling(db(), { ...checks, storage }, { helper, request: { startKey: randomUUID(), personalId: MY, procedureCode: 'birthRegistration', method: 'vneidApp' }, signedPaper: null, now });
      if (!started.ok) throw new Error(JSON.stringify(started.fieldErrors));
      expect(started.filing).toMatchObject({ status: 'awaitingApproval', applicationId: null, deskRegistryCode: helper.deskRegistryCode });

      // The push is in Mỷ's app, and nobody else's; nobody else can answer it.
      const [push] = await approvalsOf(db(), MY, now);
      expect(push).toMatchObject({ status: 'pending', requester: `Sùng A Páo, ${helper.deskName}`, purpose: 'Đăng ký khai sinh' });
      expect(await approvalsOf(db(), LAN, now)).toEqual([]);
      expect(await answerApproval(db(), { id: push!.id, personalId: LAN, answer: 'approved', now })).toBe(false);
      // Until Mỷ agrees, the number tells the helper no more than the citizens' own look-up would.
      expect(await refreshAssistedFiling(db(), checks, { filingId: started.filing.id, helper, now })).toMatchObject({ filing: { status: 'awaitingApproval' }, citizenName: 'Giàng T*** M***' });
      expect((await filingsOfHelper(db(), helper.userId)).find((f) => f.filing.id === started.filing.id)?.citizenName).toBe('Giàng T*** M***');

      expect(await answerApproval(db(), { id: push!.id, personalId: MY, answer: 'approved', now: at('2026-11-23T09:02') })).toBe(true);
      const view = await refreshAssistedFiling(db(), checks, { filingId: started.filing.id, helper, now: at('2026-11-23T09:02') });
      expect(view.filing.status).toBe('approved');
      expect(view.citizenName).toBe('Giàng Thị Mỷ');
      expect(view.application).toEqual({ status: 'draft', dossierCode: null });
      const app = await selectApplication(db(), view.filing.applicationId!, { system: true });
      expect(app).toMatchObject({ applicantPersonalId: MY, organisationCode: null, procedureCode: 'birthRegistration' });
      const [event] = await selectEvents(db(), app!.id);
      expect(event).toMatchObject({ action: 'assistedFiling', actorKind: 'helper', actorId: helper.userId, payload: { helperName: 'Sùng A Páo', desk: helper.deskName, method: 'vneidApp' } });

      // Asking again opens nothing twice.
      const again = await refreshAssistedFiling(db(), checks, { filingId: started.filing.id, helper, now: at('2026-11-23T09:03') });
      expect(again.filing.applicationId).toBe(app!.id);
      expect((await selectEvents(db(), app!.id)).length).toBe(1);

      // Mỷ has her app: she answers the returned draft there, not at the desk.
      expect(await notFound(confirmAtDesk(db(), { applicationId: app!.id, officer: await staff(db(), 'officer.sapa'), now }))).toBe('notFound');

      // The helper may work on the draft; a helper of another commune, or another helper, may not.
      expect(await assistedDraftFor(db(), { applicationId: app!.id, helperUserId: helper.userId })).toMatchObject({ citizenPersonalId: MY });
      expect(await assistedDraftFor(db(), { applicationId: app!.id, helperUserId: (await helperNamed('helper.hoankiem')).userId })).toBeNull();
      expect(await assistedDraftFor(db(), { applicationId: app!.id, helperUserId: (await helperNamed('helper.sapa')).userId })).toBeNull();
      expect(await notFound(refreshAssistedFiling(db(), checks, { filingId: started.filing.id, helper: await helperNamed('helper.hoankiem'), now }))).toBe('notFound');
    });

    it('a refusal or ten minutes of silence opens no application', async () => {
      const helper = await helperNamed('helper.sapa');
      const now = at('2026-11-23T10:00');
      const refused = await requestAssistedFiling(db(), { ...checks, storage }, { helper, request: { startKey: randomUUID(), personalId: MY, procedureCode: 'deathRegistration', method: 'vneidApp' }, signedPaper: null, now });
      const silent = await requestAssistedFiling(db(), { ...checks, storage }, { helper, request: { startKey: randomUUID(), personalId: MY, procedureCode: 'birthRegistration', method: 'vneidApp' }, signedPaper: null, now });
      if (!refused.ok || !silent.ok) throw new Error('not started');
      await answerApproval(db(), { id: refused.filing.approvalRef!, personalId: MY, answer: 'refused', now });
      expect(await refreshAssistedFiling(db(), checks, { filingId: refused.filing.id, helper, now })).toMatchObject({ filing: { status: 'refused', applicationId: null }, application: null });
      expect((await refreshAssistedFiling(db(), checks, { filingId: silent.filing.id, helper, now: at('2026-11-23T10:09') })).filing.status).toBe('awaitingApproval');
      expect(await refreshAssistedFiling(db(), checks, { filingId: silent.filing.id, helper, now: at('2026-11-23T10:11') })).toMatchObject({ filing: { status: 'expired', applicationId: null } });
      // Too late to approve in the app, too.
      expect(await answerApproval(db(), { id: silent.filing.approvalRef!, personalId: MY, answer: 'approved', now: at('2026-11-23T10:12') })).toBe(false);
    });

    it('a helper sends at most ten requests to citizens’ apps in half an hour', async () => {
      const helper = await helperNamed('helper.hoankiem');
      const ask = (now: Date) => requestAssistedFiling(db(), { ...checks, storage }, { helper, request: { startKey: randomUUID(), personalId: LAN, procedureCode: 'birthRegistration', method: 'vneidApp' }, signedPaper: null, now });
      for (let i = 0; i < 10; i++) expect((await ask(at(`2026-11-25T09:0${i}`))).ok).toBe(true);
      expect(await ask(at('2026-11-25T09:10'))).toEqual({ ok: false, fieldErrors: { personalId: ['assist.errors.tooManyRequests'] } });
      expect((await ask(at('2026-11-25T09:31'))).ok).toBe(true);
    });

    it('says which field is wrong: an unknown person, a method this installation lacks', async () => {
      const helper = await helperNamed('officer.sapa');
      const now = at('2026-11-23T11:00');
      const attempt = (personalId: string, deps = checks) => requestAssistedFiling(db(), { ...deps, storage }, { helper, request: { startKey: randomUUID(), personalId, procedureCode: 'birthRegistration', method: 'vneidApp' }, signedPaper: null, now });
      expect(await attempt('0103010067')).toEqual({ ok: false, fieldErrors: { personalId: ['personalId.length'] } });
      expect(await attempt('010301999999')).toEqual({ ok: false, fieldErrors: { personalId: ['assist.errors.personNotFound'] } });
      expect(await attempt(MY, { approvals: null, cardReader: null })).toEqual({ ok: false, fieldErrors: { method: ['assist.errors.methodUnavailable'] } });
    });
  });

  describe('no phone: the chip ID card and a request signed on paper', () => {
    it('says every missing piece at once: the card read, the check, the photo', () => {
      const parsed = assistRequestSchema.safeParse({ startKey: randomUUID(), personalId: MY, procedureCode: 'birthRegistration', method: 'chipCard' });
      expect(parsed.success ? [] : parsed.error.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
        ['cardReceipt', 'assist.errors.cardNotRead'],
        ['cardChecked', 'assist.errors.cardNotChecked'],
        ['signedPaper', 'assist.errors.paperMissing'],
      ]);
      expect(assistRequestSchema.safeParse({ startKey: randomUUID(), personalId: MY, procedureCode: 'organisationConfirmation', method: 'vneidApp' }).success).toBe(false);
    });

    it('needs the number read from the card, not typed, and the photo of the signed paper; then the application opens at once', async () => {
      const helper = await helperNamed('officer.sapa');
      const now = at('2026-11-23T13:00');
      const read = await checks.cardReader!.read(MY, now);
      const other = await checks.cardReader!.read(LAN, now);
      const paper = await jpeg(1500, 2000);
      const request = (cardReceipt: string | undefined) => ({ startKey: randomUUID(), personalId: MY, procedureCode: 'birthRegistration', method: 'chipCard' as const, cardReceipt, cardChecked: true, signedPaperChosen: true });
      expect(await requestAssistedFiling(db(), { ...checks, storage }, { helper, request: request(other!.receipt), signedPaper: paper, now })).toEqual({ ok: false, fieldErrors: { cardReceipt: ['assist.errors.cardNotRead'] } });
      expect(await requestAssistedFiling(db(), { ...checks, storage }, { helper, request: request(`${read!.receipt.slice(0, -4)}AAAA`), signedPaper: paper, now })).toEqual({ ok: false, fieldErrors: { cardReceipt: ['assist.errors.cardNotRead'] } });
      expect(await requestAssistedFiling(db(), { ...checks, storage }, { helper, request: request(read!.receipt), signedPaper: null, now })).toEqual({ ok: false, fieldErrors: { signedPaper: ['assist.errors.paperMissing'] } });
      // A receipt is good for a quarter of an hour, while the citizen stands at the desk.
      expect(await requestAssistedFiling(db(), { ...checks, storage }, { helper, request: request(read!.receipt), signedPaper: paper, now: at('2026-11-23T13:16') })).toEqual({ ok: false, fieldErrors: { cardReceipt: ['assist.errors.cardNotRead'] } });

      const done = await requestAssistedFiling(db(), { ...checks, storage }, { helper, request: request(read!.receipt), signedPaper: paper, now });
      if (!done.ok) throw new Error(JSON.stringify(done.fieldErrors));
      expect(done.filing).toMatchObject({ method: 'chipCard', status: 'approved' });
      // The same card read does not start a second application; the same form sent twice gets the first.
      expect(await requestAssistedFiling(db(), { ...checks, storage }, { helper, request: request(read!.receipt), signedPaper: paper, now })).toEqual({ ok: false, fieldErrors: { cardReceipt: ['assist.errors.cardReadUsed'] } });
      const twice = await requestAssistedFiling(db(), { ...checks, storage }, { helper, request: { ...request(read!.receipt), startKey: done.filing.startKey }, signedPaper: paper, now });
      expect(twice.ok && twice.filing.id).toBe(done.filing.id);
      expect(await storage.get(done.filing.signedPaperKey!)).not.toBeNull();
      expect(await selectApplication(db(), done.filing.applicationId!, { system: true })).toMatchObject({ applicantPersonalId: MY, status: 'draft' });
    });
  });

  it('Art. 6(3): the helper loses the application at submission; a citizen with no account confirms the returned draft at the desk, recorded as such', async () => {
    const helper = await helperNamed('officer.hoankiem');
    const officer = await staff(db(), 'officer.hoankiem');
    const now = at('2026-11-24T09:00');
    const read = await checks.cardReader!.read(LAN, now);
    const started = await requestAssistedFiling(db(), { ...checks, storage }, {
      helper,
      request: { startKey: randomUUID(), personalId: LAN, procedureCode: 'birthRegistration', method: 'chipCard', cardReceipt: read!.receipt, cardChecked: true, signedPaperChosen: true },
      signedPaper: await jpeg(1500, 2000),
      now,
    });
    if (!started.ok) throw new Error(JSON.stringify(started.fieldErrors));
    const id = started.filing.applicationId!;
    // The helper fills the form as the applicant would (lib/auth `filerFor` hands them the citizen's scope for this draft only).
    const save = async (step: string, values: unknown) => {
      const result = await saveStep(db(), { applicationId: id, personalId: LAN, organisationCode: null, step, values, now });
      if (!result.ok) throw new Error(`${step}: ${JSON.stringify(result.fieldErrors)}`);
    };
    await save('registry', { registryCode: HOAN_KIEM });
    await save('applicant', { relationship: 'mother', phone: '0912 345 678', email: '' });
    await save('mother', { personalId: LAN });
    // The helper's look-up of the father's number is logged with the helper beside the citizen.
    expect(await lookUpPerson(db(), { actorPersonalId: LAN, helperUserId: helper.userId, applicationId: id, step: 'father', field: 'personalId', personalId: MINH, now })).toEqual({ maskedName: 'Trần V*** M***' });
    expect(await db().select().from(populationLookups).where(eq(populationLookups.applicationId, id))).toEqual([expect.objectContaining({ actorPersonalId: LAN, helperUserId: helper.userId, outcome: 'found' })]);
    await save('father', { status: 'provided', personalId: MINH });
    await save('child', { surname: 'Trần', middleName: 'Thu', givenName: 'Hà', sex: 'female', dateOfBirth: '2026-11-15', timeOfBirth: '08:40', placeOfBirthKind: 'healthFacility', placeOfBirth: 'Bệnh viện Phụ sản Hà Nội', ethnicityCode: '01', homeTownKind: 'sameAsFather', homeTown: '' });
    await save('bundle', { residence: false, healthInsurance: false });
    const submitted = await submitApplication(db(), { applicationId: id, personalId: LAN, organisationCode: null, declaration: { agreed: true }, now, assistedBy: helper.userId });
    if (!submitted.ok) throw new Error(JSON.stringify(submitted.problems));
    expect((await selectEvents(db(), id)).find((e) => e.action === 'submit')).toMatchObject({ actorKind: 'citizen', actorId: LAN, payload: { assistedBy: helper.userId } });
    expect(await assistedDraftFor(db(), { applicationId: id, helperUserId: helper.userId })).toBeNull();
    expect((await filingsOfHelper(db(), helper.userId)).find((f) => f.filing.id === started.filing.id)).toMatchObject({ applicationStatus: 'submitted', dossierCode: submitted.dossierCode, citizenName: 'Nguyễn Thị Lan' });

    // A desk confirmation is only for applications filed with help.
    const unhelped = await submitBirthApplication(db(), { now });
    await acceptApplication(db(), { applicationId: unhelped.id, officer, now });
    await returnDraft(db(), { applicationId: unhelped.id, officer, now });
    expect(await notFound(confirmAtDesk(db(), { applicationId: unhelped.id, officer, now }))).toBe('notFound');

    await acceptApplication(db(), { applicationId: id, officer, now: at('2026-11-24T10:00') });
    await returnDraft(db(), { applicationId: id, officer, now: at('2026-11-24T10:30') });
    // Another registry cannot record it.
    expect(await notFound(confirmAtDesk(db(), { applicationId: id, officer: await staff(db(), 'officer.sapa'), now: at('2026-11-24T11:00') }))).toBe('notFound');
    const confirmed = await confirmAtDesk(db(), { applicationId: id, officer, now: at('2026-11-24T11:00') });
    expect(confirmed).toMatchObject({ status: 'awaitingRegistration', confirmation: 'confirmed' });
    expect((await selectEvents(db(), id)).at(-1)).toMatchObject({ action: 'confirmAtDesk', actorKind: 'officer', actorId: officer.userId, legalBasis: 'Circular 01/2022 Art. 6(3)' });
  });

  it('counts helped applications per desk and per helper, for the office dashboard', async () => {
    const sapa = await assistCounts(db(), (await staff(db(), 'officer.sapa')).registryCode);
    expect(sapa.rows.map((r) => [r.helperName, r.role, r.started, r.submitted])).toEqual([['Sùng A Páo', 'officer', 2, 0]]);
    expect(sapa.total).toEqual({ started: 2, submitted: 0 });
    const hoanKiem = await assistCounts(db(), HOAN_KIEM);
    expect(hoanKiem.total).toEqual({ started: 1, submitted: 1 });
  });
});
