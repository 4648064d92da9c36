import { answerParty, insertParty, nextDossierNumber, selectApplication, selectParties, type ApplicationRow } from '@/db/queries/applications';
import { inTransaction } from '@/db/transaction';
import { countAttachmentsByKind } from '@/db/queries/attachments';
import type { Db } from '@/db/types';
import { calendar } from '@/lib/calendar';
import { AppError, isAppError } from '@/lib/errors';
import { enqueueNotification, notifyApplicant, nounsOf } from '@/lib/notifications';
import { population } from '@/lib/population';
import { assessFee, type FeeAssessment } from '@/lib/fees';
import type { Answers, BaseContext, ConsentRequest, Problem, Procedure } from '@/lib/procedures/contract';
import { getRegistry } from '@/lib/registries';
import { declaration } from '@/lib/procedures/fields';
import { pageOf } from '@/lib/procedures/form-types';
import { applyAction } from '@/lib/workflow/apply-action';
import { requestConsents } from './consents';
import { openApplication } from './open-application';

/** `dueOn` is null while a joint application waits for the other party: the registry has not received it. */
export type SubmitResult = { ok: true; applicationId: string; dossierCode: string; dueOn: string | null; status: string } | { ok: false; problems: Problem[] };

/**
 * Final check of every page shown and the declaration, then the dossier code, the day of receipt
 * (15:00 cut-off, working days) and the due date from the procedure's time limit. Consents the
 * procedure needs are asked in the same transaction. Submitting again returns the same dossier.
 */
export async function submitApplication(
  db: Db,
  /** `assistedBy`: the office account that pressed "submit" at the desk for the citizen (issue 12), kept in the event. */
  input: { applicationId: string; personalId: string; organisationCode: string | null; declaration: unknown; now: Date; assistedBy?: string },
): Promise<SubmitResult> {
  const helped = input.assistedBy ? { assistedBy: input.assistedBy } : {};
  const scope = { applicantPersonalId: input.personalId, organisationCode: input.organisationCode };
  const app = await selectApplication(db, input.applicationId, scope);
  if (!app) throw new AppError('notFound');
  if (app.dossierCode && app.status !== 'draft' && app.status !== 'needsSupplement') return submitted(app);

  // The application's reads go together: its answers' context, and the files actually stored.
  const [open, stored] = await Promise.all([openApplication(db, app, calendar.localDate(input.now)), countAttachmentsByKind(db, app.id)]);
  const { procedure, answers, ctx } = open;
  const form = procedure.formFor(app.formVersion);
  const problems: Problem[] = [];
  if (!declaration.safeParse(input.declaration).success) problems.push({ step: 'declaration', field: 'agreed', message: 'validation.declaration' });
  for (const step of procedure.visiblePages(answers, ctx)) {
    const page = pageOf(form, step);
    if (page?.kind === 'fields' && answers[step] === undefined) problems.push({ step, field: '_', message: 'validation.stepIncomplete' });
  }
  problems.push(...procedure.crossChecks(answers, ctx));
  // The files actually stored count, not ids in the answers.
  for (const kind of procedure.requiredAttachments(answers, ctx)) {
    if (!stored[kind]) problems.push({ step: 'documents', field: kind, message: 'validation.attachmentRequired' });
  }
  if (problems.length > 0) return { ok: false, problems };

  const parties = procedure.parties(answers, ctx);
  const joint = app.status === 'draft' && parties.coApplicants.length > 0;
  // The dossier number is taken in a statement of its own, before the submitting transaction and
  // beside the fee's reads: the registry's counter row for the day is then locked for one statement,
  // not until the commit, so submissions to one registry do not queue behind each other's messages
  // (docs/performance.md, P1). A submission that fails after this leaves a gap in the day's numbers:
  // dossier codes are receipts, not register entries, and need not be consecutive.
  const [fee, code] = await Promise.all([feeOf(db, app, open, input.now), app.dossierCode ?? dossierCode(db, app.registryCode, input.now)]);
  const codeFor = async (current: ApplicationRow, tx: Db) => current.dossierCode ?? (current.registryCode === app.registryCode ? code : await dossierCode(tx, current.registryCode, input.now));
  try {
    if (joint) return submitted(await submitJoint(db, { app, ctx, coApplicants: parties.coApplicants, title: procedure.title(answers, ctx), now: input.now, helped, codeFor }));
    if (fee.kind === 'due' && app.status === 'draft') return submitted(await submitForPayment(db, { app, title: procedure.title(answers, ctx), amountVnd: fee.amountVnd, fee, now: input.now, helped, codeFor }));
    const { receivedOn, dueOn } = receipt(input.now, timeLimitOf(procedure, answers));
    const updated = await applyAction(db, {
      applicationId: app.id,
      action: app.status === 'needsSupplement' ? 'resubmit' : 'submit',
      actor: { kind: 'citizen', id: input.personalId },
      scope,
      now: input.now,
      payload: { receivedOn, dueOn, fee, ...helped },
      changes: async (current, tx) => {
        const code = await codeFor(current, tx);
        const finalAnswers = { ...(current.answers as object), declaration: { agreed: true } };
        // Queued in the same transaction: the message goes out exactly when the submission holds.
        await notifyApplicant(tx, { ...current, dossierCode: code, answers: finalAnswers }, 'submitted', { dueOn }, input.now);
        await requestConsents(tx, { id: current.id, dossierCode: code, procedureCode: current.procedureCode, applicantPersonalId: current.applicantPersonalId, applicantName: ctx.applicant.fullName }, parties.consents, input.now);
        return { dossierCode: code, submittedAt: input.now, receivedOn, dueOn, answers: finalAnswers, subjectName: procedure.title(answers, ctx) };
      },
    });
    return submitted(updated);
  } catch (err) {
    // A second click raced the first: the first one submitted, so return its result.
    if (isAppError(err, 'illegalTransition')) {
      const again = await selectApplication(db, input.applicationId, scope);
      if (again?.dossierCode) return submitted(again);
    }
    throw err;
  }
}

function submitted(app: { id: string; dossierCode: string | null; dueOn: string | null; status: string }): SubmitResult {
  return { ok: true, applicationId: app.id, dossierCode: app.dossierCode!, dueOn: app.dueOn, status: app.status };
}

/** What the application owes on the day it is filed, at its registry's province. */
export async function feeOf(db: Db, app: ApplicationRow, open: { procedure: Procedure; answers: Answers; ctx: BaseContext }, now: Date): Promise<FeeAssessment> {
  const registry = await getRegistry(db, app.registryCode);
  if (!registry) throw new AppError('notFound', `Registry ${app.registryCode} is missing`);
  return assessFee(db, open.procedure, open.answers, open.ctx, { provinceCode: registry.provinceCode, on: calendar.localDate(now) });
}

/**
 * A fee is due: the dossier code now, and the application waits for the payment. The registry
 * receives it, and the clock starts, once the payment gateway confirms it (payments.ts).
 */
async function submitForPayment(
  db: Db,
  input: { app: ApplicationRow; title: string; amountVnd: number; fee: FeeAssessment; now: Date; helped: { assistedBy?: string }; codeFor: CodeFor },
): Promise<ApplicationRow> {
  const { app, now } = input;
  return applyAction(db, {
    applicationId: app.id,
    action: 'submitForPayment',
    actor: { kind: 'citizen', id: app.applicantPersonalId },
    scope: { applicantPersonalId: app.applicantPersonalId, organisationCode: app.organisationCode },
    now,
    payload: { fee: input.fee, ...input.helped },
    changes: async (current, tx) => {
      const code = await input.codeFor(current, tx);
      const finalAnswers = { ...(current.answers as object), declaration: { agreed: true } };
      await notifyApplicant(tx, { ...current, dossierCode: code, answers: finalAnswers }, 'paymentDue', { amountVnd: input.amountVnd }, now);
      return { dossierCode: code, submittedAt: now, answers: finalAnswers, subjectName: input.title };
    },
  });
}

/** The procedure's time limit in working days for these answers (Law on Civil Status: each procedure's article). */
export function timeLimitOf(procedure: Procedure, answers: Answers): number {
  return procedure.timeLimit?.(answers) ?? procedure.processingWorkingDays;
}

/** The day of receipt (15:00 cut-off, working days) and the due date from the procedure's time limit. */
export function receipt(now: Date, processingWorkingDays: number) {
  const receivedOn = calendar.receivedDay(now);
  return { receivedOn, dueOn: calendar.addWorkingDays(receivedOn, processingWorkingDays) };
}

/**
 * A joint application (marriage): the dossier code now, then each co-applicant is asked to confirm
 * from their own account. The registry receives it, and the clock starts, only once they all have.
 */
async function submitJoint(
  db: Db,
  input: { app: ApplicationRow; ctx: BaseContext; coApplicants: readonly ConsentRequest[]; title: string; now: Date; helped: { assistedBy?: string }; codeFor: CodeFor },
): Promise<ApplicationRow> {
  const { app, ctx, now } = input;
  const names = await population(db).findPeople(input.coApplicants.map((c) => c.personalId));
  return applyAction(db, {
    applicationId: app.id,
    action: 'submitJoint',
    actor: { kind: 'citizen', id: app.applicantPersonalId },
    scope: { applicantPersonalId: app.applicantPersonalId, organisationCode: app.organisationCode },
    now,
    payload: input.helped,
    changes: async (current, tx) => {
      const code = await input.codeFor(current, tx);
      const finalAnswers = { ...(current.answers as object), declaration: { agreed: true } };
      for (const c of input.coApplicants) await insertParty(tx, { applicationId: app.id, personalId: c.personalId, purpose: c.purpose, status: 'pending' });
      const coApplicantName = names.map((p) => p.fullName).join(', ');
      // The applicant hears that it waits; each co-applicant is asked to confirm.
      await enqueueNotification(tx, { applicationId: app.id, dossierCode: code, eventKey: `${app.id}:joint:applicant`, personalId: app.applicantPersonalId, ...contactOf(finalAnswers), template: 'awaitingCoApplicant', params: { coApplicantName }, nouns: nounsOf(app.procedureCode), now });
      for (const c of input.coApplicants) {
        await enqueueNotification(tx, { applicationId: app.id, dossierCode: code, eventKey: `${app.id}:joint:${c.personalId}`, personalId: c.personalId, template: 'coApplicantRequested', params: { applicantName: ctx.applicant.fullName }, nouns: nounsOf(app.procedureCode), now });
      }
      return { dossierCode: code, answers: finalAnswers, subjectName: input.title };
    },
  });
}

function contactOf(answers: Record<string, unknown>): { phone?: string; email?: string } {
  const page = answers.applicant as { phone?: unknown; email?: unknown } | undefined;
  return { phone: typeof page?.phone === 'string' ? page.phone : undefined, email: typeof page?.email === 'string' ? page.email : undefined };
}

/**
 * A co-applicant confirms or declines the joint declaration from their own account. Declining
 * stops the application with a message to everyone; the last confirmation delivers it to the
 * registry (day of receipt, due date, consents) as a submission would.
 */
export async function answerAsCoApplicant(db: Db, input: { applicationId: string; personalId: string; organisationCode: string | null; agree: boolean; now: Date }): Promise<ApplicationRow> {
  const { now } = input;
  return inTransaction(db, async (tx) => {
    const scope = { partyPersonalId: input.personalId, organisationCode: input.organisationCode };
    const app = await selectApplication(tx, input.applicationId, scope, { forUpdate: true });
    if (!app || app.applicantPersonalId === input.personalId) throw new AppError('notFound');
    if (app.status !== 'awaitingCoApplicant') throw new AppError('illegalTransition', `Nothing to confirm in ${app.status}`);
    const answered = await answerParty(tx, app.id, input.personalId, input.agree ? 'confirmed' : 'declined', now);
    if (!answered) throw new AppError('illegalTransition', 'Already answered');
    const actor = { kind: 'citizen' as const, id: input.personalId };
    const person = await population(tx).findPerson(input.personalId);
    if (!input.agree) {
      const updated = await applyAction(tx, { applicationId: app.id, action: 'coApplicantDecline', actor, scope, now });
      await notifyApplicant(tx, updated, 'coApplicantDeclined', { coApplicantName: person?.fullName ?? '' }, now);
      return updated;
    }
    if ((await selectParties(tx, app.id)).some((p) => p.status !== 'confirmed')) return app;
    const { procedure, answers, ctx } = await openApplication(tx, app, calendar.localDate(now));
    const { receivedOn, dueOn } = receipt(now, timeLimitOf(procedure, answers));
    const updated = await applyAction(tx, {
      applicationId: app.id,
      action: 'coApplicantConfirm',
      actor,
      scope,
      now,
      payload: { receivedOn, dueOn },
      changes: () => ({ submittedAt: now, receivedOn, dueOn }),
    });
    await requestConsents(tx, { id: app.id, dossierCode: app.dossierCode ?? '', procedureCode: app.procedureCode, applicantPersonalId: app.applicantPersonalId, applicantName: ctx.applicant.fullName }, procedure.parties(answers, ctx).consents, now);
    await notifyApplicant(tx, updated, 'submitted', { dueOn }, now);
    return updated;
  });
}

/** The dossier code of the application being submitted: its own, the one taken for it, or (its registry changed meanwhile) a new one. */
type CodeFor = (current: ApplicationRow, tx: Db) => Promise<string>;

/** "00070-261123-0007": registry, local day, the day's sequence. Readable over the phone. */
async function dossierCode(db: Db, registryCode: string, now: Date): Promise<string> {
  const day = calendar.localDate(now);
  const n = await nextDossierNumber(db, registryCode, day);
  return `${registryCode}-${day.slice(2).replace(/-/g, '')}-${String(n).padStart(4, '0')}`;
}
