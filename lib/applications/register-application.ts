import { z } from 'zod';
import { selectAttachmentsOfApplication } from '@/db/queries/attachments';
import { nextEntryNumber } from '@/db/queries/register-counters';
import { inTransaction } from '@/db/transaction';
import type { Db } from '@/db/types';
import { calendar } from '@/lib/calendar';
import { isRecordLocked, lockPersonRecord, recordEntry, touchPersonRecords } from '@/lib/civil-status/records';
import { printedRegistryName } from '@/lib/documents/registry-text';
import { AppError } from '@/lib/errors';
import { notifyApplicant } from '@/lib/notifications';
import { population, PopulationError, type PopulationRegistry } from '@/lib/population';
import { applyPopulationChange, PersonalIdNotIssued, POPULATION_PERSONAL_ID_TOPIC, registrationPopulation } from '@/lib/population/sync';
import { askForPersonalId } from './personal-id-answer';
import { insertOutbox, selectOutboxByKeyPrefix } from '@/db/queries/outbox';
import { selectEvents } from '@/db/queries/applications';
import { deliverMessages } from '@/lib/jobs/deliver-outbox';
import type { RegistrationFacts } from '@/lib/procedures/contract';
import { getRegistry } from '@/lib/registries';
import { applyAction } from '@/lib/workflow/apply-action';
import { transitionFor, type Status } from '@/lib/workflow/table';
import { consentsOfApplication } from './consents';
import { openApplication } from './open-application';
import { amendEntry, personalIdToReissue } from './amend-entry';
import { appointmentOf } from './appointments';
import { applicationOfRegistry, officerActor, parseInput, type RegistryStaff } from './registry-staff';

/** The population registry is a parameter so a test can make it fail half-way. */
export type RegisterDeps = { population?: (db: Db) => PopulationRegistry };

type RegisterInput = { applicationId: string; officer: RegistryStaff; now: Date; presenceChecks?: unknown };

/** Registered, or waiting for the personal ID number the population database has not issued yet (Art. 4(1)). */
export type RegisterOutcome = { kind: 'registered'; facts: RegistrationFacts } | { kind: 'awaitingPersonalId' };

/**
 * The officer's "register": the entry is made, or, when the population database did not issue the
 * personal ID number the registration needs, nothing is registered and the application waits in
 * `awaitingPersonalId` while the request is asked again through the outbox (Circular 01/2022
 * Art. 4(1): birth registration cannot complete without the number).
 */
export async function registerOrAwaitPersonalId(db: Db, input: RegisterInput, deps: RegisterDeps = {}): Promise<RegisterOutcome> {
  try {
    return { kind: 'registered', facts: await registerApplication(db, input, deps) };
  } catch (err) {
    if (!(err instanceof PersonalIdNotIssued)) throw err;
    await awaitPersonalId(db, input, err);
  }
  // Asked at once: when the population database answers now, the registration is made with the
  // number in the same request; otherwise the job runner asks again (up to the outbox's attempts).
  const pop = (deps.population ?? population)(db);
  const pending = (await selectOutboxByKeyPrefix(db, `${input.applicationId}:personalId:`)).filter((m) => !m.deliveredAt);
  await deliverMessages(db, pending, (m) => askForPersonalId(db, pop, m.payload, input.now), input.now);
  const app = await applicationOfRegistry(db, input.applicationId, input.officer.registryCode);
  if (app.status !== 'awaitingRegistration') return { kind: 'awaitingPersonalId' };
  const facts = await registerApplication(db, input, deps).catch((err: unknown) => {
    // The number answered no longer fits (a second correction since): the officer hears why.
    if (err instanceof PersonalIdNotIssued) throw new AppError('conflict', err.message, { reason: 'personalIdNotIssued' });
    throw err;
  });
  return { kind: 'registered', facts };
}

async function awaitPersonalId(db: Db, input: RegisterInput, pending: PersonalIdNotIssued): Promise<void> {
  const { officer, now } = input;
  await inTransaction(db, async (tx) => {
    const app = await applicationOfRegistry(tx, input.applicationId, officer.registryCode, { forUpdate: true });
    const reason =
      pending.request.kind === 'allocate'
        ? 'Cơ sở dữ liệu quốc gia về dân cư chưa cấp số định danh cá nhân; chưa đăng ký, chờ trả lời (Thông tư 01/2022/TT-BTP, Điều 4(1)).'
        : 'Thông tin cải chính (giới tính, năm sinh) cần cấp lại số định danh cá nhân; chưa đăng ký, chờ Cơ sở dữ liệu quốc gia về dân cư trả lời (Thông tư 01/2022/TT-BTP, Điều 4(1)).';
    await applyAction(tx, { applicationId: app.id, action: 'awaitPersonalId', actor: officerActor(officer), scope: { registryCode: officer.registryCode }, now, reason, payload: { ...pending.request, why: pending.why } });
    // One request per wait: a second wait of the same application (after an answer was lost) asks again.
    const waits = (await selectEvents(tx, app.id)).filter((e) => e.action === 'awaitPersonalId').length;
    await insertOutbox(tx, { topic: POPULATION_PERSONAL_ID_TOPIC, idempotencyKey: `${app.id}:personalId:${waits}`, payload: pending.request, createdAt: now, nextAttemptAt: now });
  });
}

/** The number the population database issued after an earlier attempt waited for it, if any. */
async function issuedPersonalIdOf(tx: Db, applicationId: string): Promise<string | null> {
  const issued = (await selectEvents(tx, applicationId)).filter((e) => e.action === 'personalIdIssued' && (e.payload as { kind?: unknown } | null)?.kind === 'allocate').at(-1);
  const personalId = (issued?.payload as { personalId?: unknown } | null)?.personalId;
  return typeof personalId === 'string' ? personalId : null;
}

/**
 * Makes the register entry (Circular 01/2022 Art. 4(1), 11, 14(1)), all in one transaction: the
 * entry number in the procedure's book for the registry and year, what the procedure writes to
 * the population database, the civil-status entry, the e-records of the people concerned (locked
 * where the procedure says so), the status change and the applicant's message. Any failure
 * leaves nothing behind, so an entry number is never used twice or lost.
 */
export async function registerApplication(db: Db, input: RegisterInput, deps: RegisterDeps = {}): Promise<RegistrationFacts> {
  const facts = await registerInTransaction(db, input, deps);
  // The population database hears of the changes now if it answers; if not, the job runner retries.
  const queued = await selectOutboxByKeyPrefix(db, `${input.applicationId}:population:`);
  const pop = (deps.population ?? population)(db);
  await deliverMessages(db, queued.filter((m) => !m.deliveredAt), (m) => applyPopulationChange(pop, m.payload), input.now);
  return facts;
}

async function registerInTransaction(db: Db, input: RegisterInput, deps: RegisterDeps): Promise<RegistrationFacts> {
  const { officer, now } = input;
  return inTransaction(db, async (tx) => {
    const app = await applicationOfRegistry(tx, input.applicationId, officer.registryCode, { forUpdate: true });
    const registeredOn = calendar.localDate(now);
    const { procedure, answers, ctx } = await openApplication(tx, app, registeredOn);
    // Checked before any number is drawn; applyAction checks again under the same lock.
    if (!transitionFor('register', app.status as Status, 'officer', procedure.presence)) throw new AppError('illegalTransition', `register is not allowed from ${app.status}`);
    // A ceremony registers at the appointment, with both parties there (Law Art. 18(2)).
    const presenceChecked = procedure.presence === 'ceremony' ? await checkCeremony(tx, app.id, input.presenceChecks) : null;
    const consents = await consentsOfApplication(tx, app.id);
    if (consents.some((c) => c.status === 'requested')) throw new AppError('conflict', 'Waiting for a consent the application needs', { reason: 'consentPending' });
    const registry = await getRegistry(tx, app.registryCode);
    if (!registry) throw new AppError('notFound', `Registry ${app.registryCode} is missing`);

    const registration = procedure.registration;
    if (registration.kind === 'copy') throw new AppError('illegalTransition', `${procedure.code} makes no register entry`);
    const year = Number(registeredOn.slice(0, 4));
    const eventType = registration.kind === 'entry' ? registration.eventType : registration.series;
    const entryNumber = String(await nextEntryNumber(tx, { registryCode: registry.code, year, eventType }));
    const entry = { registryCode: registry.code, registryProvinceCode: registry.provinceCode, registryName: printedRegistryName(registry), entryNumber, book: registration.book(year), registeredOn };
    const submittedOn = app.submittedAt ? calendar.localDate(app.submittedAt) : registeredOn;
    const pop = registrationPopulation(tx, (deps.population ?? population)(tx), { applicationId: app.id, registryCode: registry.code, now, issuedPersonalId: await issuedPersonalIdOf(tx, app.id) });
    if (registration.kind === 'letter') {
      // A numbered letter (a confirmation): its number in the registry's series, nothing in the register.
      const prepared = await registration.prepare(tx, { applicationId: app.id, answers, ctx, entry, submittedOn, population: pop, consents, now });
      const facts: RegistrationFacts = { ...prepared.facts, ...entry, subjectPersonalId: prepared.subjectPersonalId, registrationType: 'letter' };
      const updated = await applyAction(tx, { applicationId: app.id, action: 'register', actor: officerActor(officer), scope: { registryCode: officer.registryCode }, now, payload: facts });
      await notifyApplicant(tx, updated, 'registered', { entryNumber, book: entry.book }, now);
      return facts;
    }
    const result = await registration
      .register(tx, { applicationId: app.id, answers, ctx, entry, submittedOn, population: pop, consents, now })
      .catch((err: unknown) => {
        if (err instanceof PopulationError) throw new AppError('conflict', err.message, { reason: err.code });
        throw err;
      });
    // A locked e-record takes no further event (Law Art. 34(2)): a registered death, say.
    for (const id of [result.subjectPersonalId, result.otherPartyPersonalId]) {
      if (id && (await isRecordLocked(tx, id))) throw new AppError('conflict', `The e-record of ${id} is locked`, { reason: 'recordLocked' });
    }
    // A corrected sex or year of birth the subject's number no longer encodes: nothing is registered
    // until the population database has reissued the number (Art. 4(1)), which our database follows.
    const reissue = result.amends ? await personalIdToReissue(tx, result.amends, pop) : null;
    if (reissue) throw new PersonalIdNotIssued({ kind: 'reissue', applicationId: app.id, ...reissue }, 'the corrected sex or year of birth needs a new personal ID number');
    // An amendment changes the entry it names, through the adjustment log, before its own entry is written.
    const amended = result.amends ? await amendEntry(tx, { amends: result.amends, applicationId: app.id, officerUserId: officer.userId, registryName: entry.registryName, now }) : {};
    const facts: RegistrationFacts = { ...result.facts, ...amended, ...entry, subjectPersonalId: result.subjectPersonalId, registrationType: result.registrationType, ...(presenceChecked ? { presenceChecked } : {}) };
    // The entry as its copies will print it: the document's content, with no signature yet.
    const printed = procedure.document.preview(procedure.document.content(answers, ctx, facts, null));
    await recordEntry(
      tx,
      {
        eventType,
        registrationType: result.registrationType,
        subjectPersonalId: result.subjectPersonalId,
        otherPartyPersonalId: result.otherPartyPersonalId,
        nameOnRecord: result.nameOnRecord,
        registryCode: registry.code,
        registryName: entry.registryName,
        entryNumber,
        book: entry.book,
        registeredOn,
        applicationId: app.id,
        content: printed.map(({ label, value }) => ({ label, value })),
      },
      result.persons,
      now,
    );
    await touchPersonRecords(tx, [result.subjectPersonalId, result.otherPartyPersonalId], now);
    for (const id of result.lock) await lockPersonRecord(tx, id, app.id, now);

    const updated = await applyAction(tx, { applicationId: app.id, action: 'register', actor: officerActor(officer), scope: { registryCode: officer.registryCode }, now, payload: facts });
    await notifyApplicant(tx, updated, 'registered', { entryNumber, book: entry.book }, now);
    return facts;
  });
}

/**
 * What the officer ticks at a ceremony: both parties there and consenting, their identity
 * documents, and the original of every paper sent as a photo; e-documents reused from the
 * database need none (Circular 01/2022 Art. 6(5)(a)).
 */
const ceremonyChecks = z.object({
  bothPresent: z.literal(true, { error: 'validation.ceremonyCheck' }),
  identityChecked: z.literal(true, { error: 'validation.ceremonyCheck' }),
  originals: z.array(z.string()).default([]),
});

async function checkCeremony(tx: Db, applicationId: string, checks: unknown): Promise<string> {
  const ticked = parseInput(ceremonyChecks, checks);
  const photos = (await selectAttachmentsOfApplication(tx, applicationId)).filter((a) => !a.issuedDocumentId);
  const missing = photos.filter((a) => !ticked.originals.includes(a.id));
  if (missing.length > 0) throw new AppError('invalidInput', 'Originals not checked', { fieldErrors: Object.fromEntries(missing.map((a) => [`original-${a.id}`, ['validation.ceremonyCheck']])) });
  if (!(await appointmentOf(tx, applicationId))) throw new AppError('conflict', 'No appointment was booked', { reason: 'noAppointment' });
  return ['bothPresent', 'identityChecked', ...photos.map((a) => `original:${a.id}`)].join(' ');
}
