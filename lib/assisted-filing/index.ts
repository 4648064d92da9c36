import 'server-only';
import { z } from 'zod';
import {
  countAssistedByHelper,
  countRecentRequests,
  insertAssistedFiling,
  selectFilingOfApplication,
  selectFilingByCardReceipt,
  selectFilingByStartKey,
  selectFilingOfHelper,
  selectFilingsOfHelper,
  type AssistedFilingRow,
} from '@/db/queries/assisted-filings';
import { selectApplication } from '@/db/queries/applications';
import { getRegistry } from '@/lib/registries';
import { inTransaction } from '@/db/transaction';
import type { Db } from '@/db/types';
import { and, eq, isNull } from 'drizzle-orm';
import { assistedFilings } from '@/db/schema';
import { getOfficeUser } from '@/lib/auth/office-accounts';
import { can } from '@/lib/auth/permissions';
import { AppError, isAppError } from '@/lib/errors';
import type { IdentityApprovals } from '@/lib/identity/approvals';
import type { ChipCardReader } from '@/lib/identity/chip-card';
import { parsePersonalId } from '@/lib/identity/personal-id';
import { notifyApplicant } from '@/lib/notifications';
import { population } from '@/lib/population';
import type { Person } from '@/lib/population/types';
import { maskName } from '@/lib/applications/person-lookup-rules';
import { procedureOf } from '@/lib/procedures';
import { PROCEDURES } from '@/lib/procedures/catalogue';
import { processUpload } from '@/lib/uploads/process';
import { newStorageKey, type FileStorage } from '@/lib/uploads/storage';
import { annotate, applyAction } from '@/lib/workflow/apply-action';
import { startApplication } from '@/lib/applications/start-application';
import { loadFormPage } from '@/lib/applications/form-page';
import { firstUnanswered } from '@/lib/applications/open-application';
import type { Clock } from '@/lib/calendar';
import { procedureNouns } from '@/lib/i18n/procedure-words';

/*
 * Assisted filing (issue 12). An officer at the registry's one-stop desk, or a member of the
 * commune's community digital-technology team, starts an application on behalf of a citizen who
 * is present, once the citizen's identity is proved: the citizen approves on their own VNeID app,
 * or, with no phone, the helper reads the chip ID card and photographs the request the citizen
 * signed on paper. The application is the citizen's from the start (its applicant is the
 * citizen): it is in their account and every notification goes to them. The helper works on it
 * only while it is a draft, and sees nothing else of the citizen's.
 */

export { assistedDraftFor } from './drafts';

/** Requests to citizens' apps per helper: at most this many in the window (a desk helps a few people an hour). */
export const MAX_REQUESTS_PER_WINDOW = 10;
const REQUEST_WINDOW_MS = 30 * 60 * 1000;

export type Helper = { userId: string; name: string; deskRegistryCode: string; deskName: string };

/** The ways of proving who the citizen is that this installation has: none in production until an adapter plugs in. */
export type IdentityChecks = { approvals: IdentityApprovals | null; cardReader: ChipCardReader | null };

/** The procedures a citizen files for themselves and that have an e-form. */
export const ASSISTABLE_PROCEDURES = PROCEDURES.filter((p) => p.available && !('forOrganisations' in p && p.forOrganisations)).map((p) => p.code);

/** An office account that may help, at the desk of its registry (a community helper: its commune's). */
export async function helperOf(db: Db, userId: string): Promise<Helper> {
  const user = await getOfficeUser(db, userId);
  if (!user?.active || !can(user.role, 'application.assist') || !user.registryCode) throw new AppError('notFound');
  const registry = await getRegistry(db, user.registryCode);
  return { userId: user.id, name: user.fullName, deskRegistryCode: user.registryCode, deskName: registry?.name ?? user.registryCode };
}

export const assistRequestSchema = z
  .object({
    personalId: z.string().trim().max(20),
    /** Set when the form is shown: the same key (a double submit, a retry) starts one filing. */
    startKey: z.uuid(),
    procedureCode: z.string().refine((c) => (ASSISTABLE_PROCEDURES as readonly string[]).includes(c), 'validation.required'),
    method: z.enum(['vneidApp', 'chipCard'], { error: 'validation.required' }),
    /** Chip card: the reader's receipt of the card read at the desk. */
    cardReceipt: z.string().max(4000).optional(),
    /** Chip card: the helper looked at the card and the person holding it. */
    cardChecked: z.boolean().optional(),
    /** Chip card: a photo of the signed paper request comes with the form (checked itself later), so every problem is said at once. */
    signedPaperChosen: z.boolean().optional(),
  })
  .superRefine((v, ctx) => {
    if (v.method !== 'chipCard') return;
    if (!v.cardReceipt) ctx.addIssue({ code: 'custom', path: ['cardReceipt'], message: 'assist.errors.cardNotRead' });
    if (!v.cardChecked) ctx.addIssue({ code: 'custom', path: ['cardChecked'], message: 'assist.errors.cardNotChecked' });
    if (!v.signedPaperChosen) ctx.addIssue({ code: 'custom', path: ['signedPaper'], message: 'assist.errors.paperMissing' });
  });
export type AssistRequest = z.infer<typeof assistRequestSchema>;

export type AssistResult = { ok: true; filing: AssistedFilingRow } | { ok: false; fieldErrors: Record<string, string[]> };

const fail = (field: string, message: string): AssistResult => ({ ok: false, fieldErrors: { [field]: [message] } });

/**
 * Starts helping: checks the citizen in the population database, then either sends the approval
 * request to their VNeID app (the filing waits for it) or, with a card read and the signed paper,
 * opens the application at once.
 */
export async function requestAssistedFiling(
  db: Db,
  deps: IdentityChecks & { storage: FileStorage },
  input: { helper: Helper; request: AssistRequest; signedPaper: Uint8Array | null; now: Date },
): Promise<AssistResult> {
  const { helper, request, now } = input;
  // A second submit of the same form: the filing the first one started.
  const again = await selectFilingByStartKey(db, helper.userId, request.startKey);
  if (again) return { ok: true, filing: again };
  const parsed = parsePersonalId(request.personalId);
  if (!parsed.ok) return fail('personalId', `personalId.${parsed.error}`);
  const personalId = parsed.value.personalId;
  const person = await population(db).findPerson(personalId);
  if (!person || person.vitalStatus !== 'alive') return fail('personalId', 'assist.errors.personNotFound');
  const procedure = procedureOf(request.procedureCode);

  if (request.method === 'vneidApp') {
    if (!deps.approvals) return fail('method', 'assist.errors.methodUnavailable');
    // Each request pushes to someone's phone: a helper sends a handful an hour, not a stream.
    if ((await countRecentRequests(db, helper.userId, new Date(now.getTime() - REQUEST_WINDOW_MS))) >= MAX_REQUESTS_PER_WINDOW) return fail('personalId', 'assist.errors.tooManyRequests');
    const approvalRef = await deps.approvals.request({ personalId, requester: `${helper.name}, ${helper.deskName}`, purpose: procedureNouns(procedure.code, 'vi').procedure, now });
    const filing = await insertAssistedFiling(db, { helperUserId: helper.userId, deskRegistryCode: helper.deskRegistryCode, citizenPersonalId: personalId, startKey: request.startKey, procedureCode: procedure.code, method: 'vneidApp', status: 'awaitingApproval', approvalRef, requestedAt: now });
    return { ok: true, filing: filing ?? (await selectFilingByStartKey(db, helper.userId, request.startKey))! };
  }

  if (!deps.cardReader) return fail('method', 'assist.errors.methodUnavailable');
  const read = request.cardReceipt ? await deps.cardReader.verify(request.cardReceipt, now) : null;
  if (read?.personalId !== personalId) return fail('cardReceipt', 'assist.errors.cardNotRead');
  // One read of the card, one filing: another application needs the card read again.
  if (await selectFilingByCardReceipt(db, read.receiptId)) return fail('cardReceipt', 'assist.errors.cardReadUsed');
  if (!input.signedPaper || input.signedPaper.byteLength === 0) return fail('signedPaper', 'assist.errors.paperMissing');
  const processed = await processUpload(input.signedPaper);
  if (!processed.ok) return fail('signedPaper', 'assist.errors.paperUnusable');
  const signedPaperKey = newStorageKey('assisted');
  await deps.storage.put(signedPaperKey, processed.file.bytes, { mimeType: processed.file.mimeType });
  const filing = await insertAssistedFiling(db, {
    helperUserId: helper.userId,
    deskRegistryCode: helper.deskRegistryCode,
    citizenPersonalId: personalId,
    startKey: request.startKey,
    procedureCode: procedure.code,
    method: 'chipCard',
    status: 'approved',
    cardReceiptId: read.receiptId,
    signedPaperKey,
    requestedAt: now,
    answeredAt: now,
  }).catch(async (err: unknown) => {
    await deps.storage.delete(signedPaperKey);
    throw err;
  });
  // Raced by a second submit of the same form (same start key or card read): that one's filing.
  if (!filing) {
    await deps.storage.delete(signedPaperKey);
    const first = await selectFilingByStartKey(db, helper.userId, request.startKey);
    return first ? { ok: true, filing: first } : fail('cardReceipt', 'assist.errors.cardReadUsed');
  }
  return { ok: true, filing: await openApplicationFor(db, filing, helper, now) };
}

/**
 * Opens the citizen's application for an approved filing, once: the draft is the citizen's, and
 * its timeline says who helped and where. A registry that takes no online applications is said
 * on the helper's page, and the filing stays without an application.
 */
async function openApplicationFor(db: Db, filing: AssistedFilingRow, helper: Helper, now: Date): Promise<AssistedFilingRow> {
  if (filing.applicationId) return filing;
  return inTransaction(db, async (tx) => {
    const app = await startApplication(tx, { personalId: filing.citizenPersonalId, organisationCode: null, procedureCode: filing.procedureCode, startKey: filing.id, now });
    const [claimed] = await tx
      .update(assistedFilings)
      .set({ applicationId: app.id })
      .where(and(eq(assistedFilings.id, filing.id), isNull(assistedFilings.applicationId)))
      .returning();
    if (!claimed) return (await selectFilingOfHelper(tx, filing.id, helper.userId))!;
    await annotate(tx, {
      applicationId: app.id,
      annotation: 'assistedFiling',
      actor: { kind: 'helper', id: helper.userId },
      scope: { system: true },
      now,
      payload: { helperName: helper.name, desk: helper.deskName, method: filing.method },
      changes: {},
    });
    return claimed;
  });
}

/** `application`: where the citizen's application stands (its code and status only: nothing of its content). */
export type FilingView = { filing: AssistedFilingRow; citizenName: string; problem: 'registryNotOnline' | null; application: { status: string; dossierCode: string | null } | null };

/**
 * The helper's filing, brought up to date: while it waits for the citizen's app the answer is
 * asked for, and an approval opens the application. Another helper's filing is "not found".
 */
export async function refreshAssistedFiling(db: Db, deps: IdentityChecks, input: { filingId: string; helper: Helper; now: Date }): Promise<FilingView> {
  let filing = await selectFilingOfHelper(db, input.filingId, input.helper.userId);
  if (!filing) throw new AppError('notFound');
  if (filing.status === 'awaitingApproval') {
    const answer = deps.approvals && filing.approvalRef ? await deps.approvals.answer(filing.approvalRef, input.now) : 'expired';
    if (answer !== 'pending') {
      const [moved] = await db
        .update(assistedFilings)
        .set({ status: answer, answeredAt: input.now })
        .where(and(eq(assistedFilings.id, filing.id), eq(assistedFilings.status, 'awaitingApproval')))
        .returning();
      filing = moved ?? (await selectFilingOfHelper(db, filing.id, input.helper.userId))!;
    }
  }
  let problem: FilingView['problem'] = null;
  if (filing.status === 'approved' && !filing.applicationId) {
    try {
      filing = await openApplicationFor(db, filing, input.helper, input.now);
    } catch (err) {
      if (!isAppError(err, 'registryNotOnline')) throw err;
      problem = 'registryNotOnline';
    }
  }
  const person = await population(db).findPerson(filing.citizenPersonalId);
  const app = filing.applicationId ? await selectApplication(db, filing.applicationId, { system: true }) : undefined;
  return { filing, citizenName: nameShownToHelper(filing, person), problem, application: app ? { status: app.status, dossierCode: app.dossierCode } : null };
}

/** Where the helper picks up an approved filing's form: its first page not yet answered. */
export async function formPathOf(db: Db, filing: AssistedFilingRow, clock: Clock): Promise<string | null> {
  if (!filing.applicationId) return null;
  const page = await loadFormPage(db, { applicationId: filing.applicationId, personalId: filing.citizenPersonalId, organisationCode: null, clock });
  return `/applications/${filing.applicationId}/${firstUnanswered(page.open)}`;
}

/**
 * A number typed at the desk tells the helper nothing until its owner has agreed: the name is
 * masked ("Giàng T*** M***", as the citizens' own look-up shows it) until the filing is approved
 * (on the citizen's app, or with the card in the helper's hand).
 */
function nameShownToHelper(filing: Pick<AssistedFilingRow, 'status'>, person: Person | null | undefined): string {
  if (!person) return '';
  return filing.status === 'approved' ? person.fullName : maskName(person);
}

/** The helper's own list: what they started, and where it stands (no link once submitted). */
export async function filingsOfHelper(db: Db, helperUserId: string) {
  const rows = await selectFilingsOfHelper(db, helperUserId);
  const people = await population(db).findPeople([...new Set(rows.map((r) => r.filing.citizenPersonalId))]);
  return rows.map((r) => ({ ...r, citizenName: nameShownToHelper(r.filing, people.find((p) => p.personalId === r.filing.citizenPersonalId)) }));
}

/** Helped applications at a desk, per helper, for the office dashboard. */
export async function assistCounts(db: Db, deskRegistryCode: string) {
  const rows = await countAssistedByHelper(db, deskRegistryCode);
  return { rows, total: rows.reduce((n, r) => ({ started: n.started + r.started, submitted: n.submitted + r.submitted }), { started: 0, submitted: 0 }) };
}

/** Who helped file an application, for its timeline and the officer's page; null if no one. */
export async function assistanceOf(db: Db, applicationId: string) {
  const row = await selectFilingOfApplication(db, applicationId);
  return row ? { helperName: row.helperName, method: row.filing.method as 'vneidApp' | 'chipCard', deskRegistryCode: row.filing.deskRegistryCode } : null;
}

/**
 * An applicant helped at the desk with no phone (identity proved by the chip card) confirms the
 * returned draft there, in person (Circular 01/2022 Art. 6(3)); the officer of the registry
 * records it. Not for applications filed otherwise: their applicants answer from their account.
 */
export async function confirmAtDesk(db: Db, input: { applicationId: string; officer: { userId: string; registryCode: string }; now: Date }) {
  // A citizen who approved on their own app answers the draft there; one helped with the card has no app.
  if ((await selectFilingOfApplication(db, input.applicationId))?.filing.method !== 'chipCard') throw new AppError('notFound');
  return inTransaction(db, async (tx) => {
    const updated = await applyAction(tx, {
      applicationId: input.applicationId,
      action: 'confirmAtDesk',
      actor: { kind: 'officer', id: input.officer.userId },
      scope: { registryCode: input.officer.registryCode },
      now: input.now,
      changes: () => ({ confirmation: 'confirmed' }),
    });
    await notifyApplicant(tx, updated, 'draftConfirmed', { bySilence: false }, input.now);
    return updated;
  });
}
