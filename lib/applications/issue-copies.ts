import { selectRecord, selectPersonsOfRecords } from '@/db/queries/civil-status';
import { selectApplication } from '@/db/queries/applications';
import { inTransaction } from '@/db/transaction';
import type { Db } from '@/db/types';
import { getOfficeUser } from '@/lib/auth/office-accounts';
import { calendar } from '@/lib/calendar';
import { printedRegistryName, signerTitleLines } from '@/lib/documents/registry-text';
import { AppError } from '@/lib/errors';
import { notifyApplicant } from '@/lib/notifications';
import type { CopiedEntry, CopyIssue, RegistrationFacts, Signer } from '@/lib/procedures/contract';
import { getRegistry } from '@/lib/registries';
import type { FileStorage } from '@/lib/uploads/storage';
import { applyAction, type Actor } from '@/lib/workflow/apply-action';
import { openApplication } from './open-application';
import { printDocuments } from './print-documents';
import { applicationOfRegistry, officerActor, type RegistryStaff } from './registry-staff';
import { ISSUER } from './sign-and-issue';
import { logViews, registerViewer } from '@/lib/civil-status/register';

/*
 * Copies of an entry already in the register (procedures.md §9; Law on Civil Status Art. 63–64):
 * issued at once when the request identifies exactly one official entry the applicant may have,
 * else by an officer of the registry who finds the entry (or refuses: Circular 01/2022 Art. 7(3)).
 */

export type IssueDeps = { now: Date; baseUrl: string; storage: FileStorage };

/**
 * After the registry received a copy request (submitted, or paid): issues the copies if the
 * request identifies exactly one entry and needs no officer. Does nothing for other procedures,
 * or when an officer must look; returns whether copies were issued.
 */
export async function issueCopiesAtOnce(db: Db, applicationId: string, deps: IssueDeps): Promise<boolean> {
  const app = await selectApplication(db, applicationId, { system: true });
  if (!app || app.status !== 'submitted') return false;
  const { procedure, answers, ctx } = await openApplication(db, app, calendar.localDate(deps.now));
  const rule = procedure.registration;
  if (rule.kind !== 'copy' || !rule.issueAtOnce(answers)) return false;
  const found = await rule.find(db, answers, ctx, { officialOnly: true });
  if (found.length !== 1) return false;
  await issueCopies(db, { applicationId, entry: found[0]!, actor: ISSUER, scope: { system: true }, signer: null, signedByUserId: null, ...deps });
  return true;
}

/** As issueCopiesAtOnce, from an endpoint: a failure leaves the request to an officer, and is logged. */
export function tryIssueCopiesAtOnce(db: Db, applicationId: string, deps: IssueDeps): Promise<boolean> {
  return issueCopiesAtOnce(db, applicationId, deps).catch((err: unknown) => {
    console.error('Copies could not be issued at once; an officer will issue them', err);
    return false;
  });
}

/**
 * The entries the request identifies, for the officer (official or not: a pending one waits for
 * approval). Seeing them is a view of the people they name, logged with the dossier (Art. 8(3)).
 */
export async function candidateEntries(db: Db, input: { applicationId: string; officer: RegistryStaff; now: Date }): Promise<CopiedEntry[]> {
  const app = await applicationOfRegistry(db, input.applicationId, input.officer.registryCode);
  const { procedure, answers, ctx } = await openApplication(db, app, calendar.localDate(input.now));
  const rule = procedure.registration;
  if (rule.kind !== 'copy') return [];
  const found = await rule.find(db, answers, ctx, { officialOnly: false });
  await logViews(db, await registerViewer(db, input.officer.userId), found, `copyRequest: ${app.dossierCode ?? ''}`, input.now);
  return found;
}

/** The officer issues the copies of an entry they found; it must be official and the applicant's to have. */
export async function issueCopiesByOfficer(db: Db, input: { applicationId: string; recordId: string; officer: RegistryStaff } & IssueDeps): Promise<void> {
  const user = await getOfficeUser(db, input.officer.userId);
  if (!user || !user.active || user.registryCode !== input.officer.registryCode) throw new AppError('notFound');
  const app = await applicationOfRegistry(db, input.applicationId, input.officer.registryCode);
  const record = await selectRecord(db, input.recordId);
  if (!record) throw new AppError('invalidInput', 'No such entry', { fieldErrors: { recordId: ['copies.errors.noEntry'] } });
  if (record.status !== 'official') throw new AppError('conflict', 'The entry is not approved yet', { reason: 'entryNotOfficial' });
  const entry: CopiedEntry = { ...record, persons: await selectPersonsOfRecords(db, [record.id]) };
  const { procedure, answers, ctx } = await openApplication(db, app, calendar.localDate(input.now));
  const rule = procedure.registration;
  if (rule.kind !== 'copy') throw new AppError('illegalTransition', `${procedure.code} issues no copies`);
  if (!rule.mayReceive(answers, ctx, entry)) throw new AppError('conflict', 'The entry is not the applicant’s to have', { reason: 'notEntitled' });
  await issueCopies(db, {
    applicationId: app.id,
    entry,
    actor: officerActor(input.officer),
    scope: { registryCode: input.officer.registryCode },
    signer: { fullName: user.fullName, titleLines: signerTitleLines(user.title) },
    signedByUserId: user.id,
    now: input.now,
    baseUrl: input.baseUrl,
    storage: input.storage,
  });
}

async function issueCopies(
  db: Db,
  input: { applicationId: string; entry: CopiedEntry; actor: Actor; scope: { system: true } | { registryCode: string }; signer: Signer | null; signedByUserId: string | null } & IssueDeps,
): Promise<void> {
  const storedKeys: string[] = [];
  try {
    await inTransaction(db, async (tx) => {
      const app = await selectApplication(tx, input.applicationId, input.scope, { forUpdate: true });
      if (!app) throw new AppError('notFound');
      const issuedOn = calendar.localDate(input.now);
      const { procedure, answers, ctx } = await openApplication(tx, app, issuedOn);
      const rule = procedure.registration as CopyIssue<unknown, unknown>;
      const registry = await getRegistry(tx, app.registryCode);
      if (!registry) throw new AppError('notFound', `Registry ${app.registryCode} is missing`);
      const registration = copiedFacts(input.entry, { issuingRegistryName: printedRegistryName(registry), issuedOn });
      const content = procedure.document.content(answers, ctx, registration, input.signer);
      const documents = await printDocuments(tx, {
        applicationId: app.id,
        recordId: input.entry.id,
        registryCode: app.registryCode,
        procedure,
        content,
        registration,
        holders: procedure.document.holders(content, registration),
        copies: rule.copies(answers),
        issuedOn,
        now: input.now,
        signedByUserId: input.signedByUserId,
        baseUrl: input.baseUrl,
        storage: input.storage,
        storedKeys,
      });
      const issued = await applyAction(tx, {
        applicationId: app.id,
        action: 'issueCopies',
        actor: input.actor,
        scope: input.scope,
        now: input.now,
        payload: { recordId: input.entry.id, entryNumber: input.entry.entryNumber, book: input.entry.book, registryName: input.entry.registryName, documentIds: documents.map((d) => d.id) },
      });
      await notifyApplicant(tx, issued, 'copiesIssued', { copies: documents.length, subjectName: procedure.document.holderName(content) }, input.now);
    });
  } catch (error) {
    await Promise.all(storedKeys.map((key) => input.storage.delete(key).catch(() => undefined)));
    throw error;
  }
}

/** The copied entry as the document's `registration`: its registry-side facts, its subject and its content. */
function copiedFacts(entry: CopiedEntry, issue: { issuingRegistryName: string; issuedOn: string }): RegistrationFacts {
  const subject = entry.persons.find((p) => p.personalId === entry.subjectPersonalId) ?? entry.persons[0];
  return {
    registryCode: entry.registryCode,
    registryProvinceCode: '',
    registryName: entry.registryName,
    entryNumber: entry.entryNumber,
    book: entry.book,
    registeredOn: entry.registeredOn,
    subjectPersonalId: entry.subjectPersonalId,
    registrationType: entry.registrationType,
    eventType: entry.eventType,
    recordId: entry.id,
    entryContent: JSON.stringify(entry.content),
    subjectFullName: subject?.fullName ?? entry.nameOnRecord,
    subjectDateOfBirth: subject?.dateOfBirth ?? '',
    issuingRegistryName: issue.issuingRegistryName,
    issuedOn: issue.issuedOn,
  };
}
