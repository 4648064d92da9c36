/*
 * The application workflow as two tables (domain README, state machine). STATUS_RULES says, for
 * every status, whether it is terminal, whether the statutory clock runs and whether the registry
 * sees it; TRANSITIONS says, for every action, the statuses it may start from, the status it leads
 * to and who may take it. A procedure's presence (`none | pickup | ceremony`) selects among an
 * action's rows: the overlays. applyAction is the only code that changes an application's status,
 * and it consults nothing but these tables.
 */

export const STATUSES = [
  'draft',
  'awaitingCoApplicant',
  'awaitingPayment',
  'submitted',
  'needsSupplement',
  'inReview',
  'verificationPending',
  'awaitingApplicantConfirmation',
  'awaitingRegistration',
  'awaitingPersonalId',
  'awaitingSignature',
  'registered',
  'awaitingPickup',
  'completed',
  'rejected',
  'withdrawn',
  'resultCancelled',
] as const;
export type Status = (typeof STATUSES)[number];

export const PRESENCES = ['none', 'pickup', 'ceremony'] as const;
/** Whether the applicant must come in: never, to collect the result, or to register (marriage). */
export type Presence = (typeof PRESENCES)[number];

export const ACTOR_KINDS = ['citizen', 'officer', 'signer', 'system', 'helper'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

type StatusRule = {
  terminal: boolean;
  /** Paused while the dossier waits on the applicant (Law Art. 9(3); working-days.md rule 10). */
  clock: 'running' | 'paused' | 'stopped';
  /** The applicant may still edit the answers. */
  editable: boolean;
  /** The registry has received the application (its queue, its review). */
  received: boolean;
};

/** One row per status, checked exhaustive at compile time: a new status cannot be forgotten. */
export const STATUS_RULES = {
  draft: { terminal: false, clock: 'paused', editable: true, received: false },
  /** Filed, waiting for the other party's confirmation from their own account; not yet received. */
  awaitingCoApplicant: { terminal: false, clock: 'paused', editable: false, received: false },
  /** Filed with a fee due: the registry receives it once the payment gateway confirms the payment. */
  awaitingPayment: { terminal: false, clock: 'paused', editable: false, received: false },
  submitted: { terminal: false, clock: 'running', editable: false, received: true },
  needsSupplement: { terminal: false, clock: 'paused', editable: true, received: true },
  inReview: { terminal: false, clock: 'running', editable: false, received: true },
  verificationPending: { terminal: false, clock: 'running', editable: false, received: true },
  awaitingApplicantConfirmation: { terminal: false, clock: 'paused', editable: false, received: true },
  awaitingRegistration: { terminal: false, clock: 'running', editable: false, received: true },
  /** The registration needs a personal ID number the population database has not issued yet (Art. 4(1)). */
  awaitingPersonalId: { terminal: false, clock: 'running', editable: false, received: true },
  awaitingSignature: { terminal: false, clock: 'running', editable: false, received: true },
  registered: { terminal: false, clock: 'running', editable: false, received: true },
  awaitingPickup: { terminal: false, clock: 'paused', editable: false, received: true },
  completed: { terminal: true, clock: 'stopped', editable: false, received: true },
  rejected: { terminal: true, clock: 'stopped', editable: false, received: true },
  withdrawn: { terminal: true, clock: 'stopped', editable: false, received: true },
  resultCancelled: { terminal: true, clock: 'stopped', editable: false, received: true },
} as const satisfies Record<Status, StatusRule>;

type Transition = {
  from: readonly Status[];
  to: Status;
  by: readonly ActorKind[];
  /** The row applies only to procedures with this presence; absent: to every procedure. */
  presence?: readonly Presence[];
  legalBasis?: string;
};

/** Before registration the applicant may withdraw (domain README: any state before `registered`). */
const BEFORE_REGISTRATION = ['draft', 'awaitingCoApplicant', 'awaitingPayment', 'submitted', 'needsSupplement', 'inReview', 'verificationPending', 'awaitingApplicantConfirmation', 'awaitingRegistration', 'awaitingPersonalId'] as const;
const CONFIRMATION = 'Circular 01/2022 Art. 6(3)';

export const TRANSITIONS = {
  submit: [{ from: ['draft'], to: 'submitted', by: ['citizen'], legalBasis: 'Decree 87/2020 Art. 12(1)' }],
  /** A joint application (marriage) goes to the other party first; the registry receives it once they confirm. */
  submitJoint: [{ from: ['draft'], to: 'awaitingCoApplicant', by: ['citizen'] }],
  coApplicantConfirm: [{ from: ['awaitingCoApplicant'], to: 'submitted', by: ['citizen'], legalBasis: 'Decree 87/2020 Art. 12(1)' }],
  /** The other party declines the joint declaration: the application stops there (Law on Marriage and Family Art. 8(1)(b)). */
  coApplicantDecline: [{ from: ['awaitingCoApplicant'], to: 'withdrawn', by: ['citizen'], legalBasis: 'Law on Marriage and Family Art. 8(1)(b)' }],
  /** A fee is due (fees-and-deadlines.md): the application waits for the payment before it is received. */
  submitForPayment: [{ from: ['draft'], to: 'awaitingPayment', by: ['citizen'] }],
  /** The payment gateway's verified callback: the fee is paid and the registry receives the application. */
  paymentReceived: [{ from: ['awaitingPayment'], to: 'submitted', by: ['system'], legalBasis: 'Decree 87/2020 Art. 12(1)' }],
  /**
   * Copies of an entry already in the register (Law Art. 64(2)): issued at once when the request
   * identifies exactly one official entry, else by the officer who found it.
   */
  issueCopies: [{ from: ['submitted', 'inReview'], to: 'completed', by: ['system', 'officer'], legalBasis: 'Law on Civil Status Art. 64(2)' }],
  /** The check of completeness succeeded: the dossier is accepted and reviewed (appointment slip). */
  accept: [{ from: ['submitted'], to: 'inReview', by: ['officer'], legalBasis: 'Circular 01/2022 Art. 6(1)' }],
  requestSupplement: [{ from: ['submitted', 'inReview'], to: 'needsSupplement', by: ['officer'], legalBasis: 'Law on Civil Status Art. 9(3)' }],
  resubmit: [{ from: ['needsSupplement'], to: 'submitted', by: ['citizen'] }],
  /** A look-up or verification with another commune or agency; the statutory extension is added to the due date. */
  startVerification: [{ from: ['inReview'], to: 'verificationPending', by: ['officer'], legalBasis: 'Decree 123/2015 Art. 5; Circular 01/2022 Art. 6(4)' }],
  /** The answer, typed by the officer, or received from an agency's system through the outbox (the police). */
  answerVerification: [{ from: ['verificationPending'], to: 'inReview', by: ['officer', 'system'] }],
  refuse: [
    { from: ['submitted', 'inReview', 'verificationPending'], to: 'rejected', by: ['officer', 'signer'], legalBasis: 'Law on Civil Status Art. 5(2)' },
    /** An agency's verification came back empty or inconsistent (Circular 01/2022 Art. 8(1)(d)). */
    { from: ['verificationPending'], to: 'rejected', by: ['system'], legalBasis: 'Circular 01/2022 Art. 8(1)(d)' },
  ],
  returnDraft: [{ from: ['inReview'], to: 'awaitingApplicantConfirmation', by: ['officer'], legalBasis: CONFIRMATION }],
  confirm: [
    { from: ['awaitingApplicantConfirmation'], to: 'awaitingRegistration', by: ['citizen'], presence: ['none', 'pickup'], legalBasis: CONFIRMATION },
    // Ceremony: the confirmed draft waits for the in-person appointment, where registration happens.
    { from: ['awaitingApplicantConfirmation'], to: 'awaitingPickup', by: ['citizen'], presence: ['ceremony'], legalBasis: CONFIRMATION },
  ],
  confirmBySilence: [
    { from: ['awaitingApplicantConfirmation'], to: 'awaitingRegistration', by: ['system'], presence: ['none', 'pickup'], legalBasis: CONFIRMATION },
    { from: ['awaitingApplicantConfirmation'], to: 'awaitingPickup', by: ['system'], presence: ['ceremony'], legalBasis: CONFIRMATION },
  ],
  /**
   * An applicant helped at the desk who has no account of their own confirms the returned draft
   * there, in person; the officer records it (issue 12: assisted filing).
   */
  confirmAtDesk: [
    { from: ['awaitingApplicantConfirmation'], to: 'awaitingRegistration', by: ['officer'], presence: ['none', 'pickup'], legalBasis: CONFIRMATION },
    { from: ['awaitingApplicantConfirmation'], to: 'awaitingPickup', by: ['officer'], presence: ['ceremony'], legalBasis: CONFIRMATION },
  ],
  requestChanges: [{ from: ['awaitingApplicantConfirmation'], to: 'inReview', by: ['citizen'], legalBasis: CONFIRMATION }],
  register: [
    { from: ['awaitingRegistration'], to: 'awaitingSignature', by: ['officer'], presence: ['none', 'pickup'], legalBasis: 'Circular 01/2022 Art. 4(1), 11' },
    { from: ['awaitingPickup'], to: 'awaitingSignature', by: ['officer'], presence: ['ceremony'], legalBasis: 'Law on Civil Status Art. 18(2)' },
  ],
  /**
   * The registration needs a personal ID number and the population database did not issue it when
   * asked (Circular 01/2022 Art. 4(1)): nothing is registered; the request waits for its answer.
   */
  awaitPersonalId: [{ from: ['awaitingRegistration'], to: 'awaitingPersonalId', by: ['officer'], presence: ['none', 'pickup'], legalBasis: 'Circular 01/2022 Art. 4(1)' }],
  /** The population database issued the number: the registration can be made with it. */
  personalIdIssued: [{ from: ['awaitingPersonalId'], to: 'awaitingRegistration', by: ['system'], presence: ['none', 'pickup'], legalBasis: 'Circular 01/2022 Art. 4(1)' }],
  sign: [{ from: ['awaitingSignature'], to: 'registered', by: ['signer'], legalBasis: 'Law on Civil Status Art. 16(2)' }],
  issue: [
    { from: ['registered'], to: 'completed', by: ['system'], presence: ['none', 'ceremony'], legalBasis: 'Circular 01/2022 Art. 9' },
    { from: ['registered'], to: 'awaitingPickup', by: ['system'], presence: ['pickup'], legalBasis: 'Decree 87/2020 Art. 12(5)' },
  ],
  /** ID and the originals of every photographed paper seen at the counter (Circular 01/2022 Art. 6(5)(a)). */
  pickupDone: [{ from: ['awaitingPickup'], to: 'completed', by: ['officer'], presence: ['pickup'], legalBasis: 'Circular 01/2022 Art. 6(5)(a)' }],
  /** Originals missing, erased, altered or forged (Circular 01/2022 Art. 6(5)(b)). */
  cancelResult: [{ from: ['awaitingPickup'], to: 'resultCancelled', by: ['officer', 'signer'], presence: ['pickup', 'ceremony'], legalBasis: 'Circular 01/2022 Art. 6(5)(b)' }],
  /** The parties missed the appointment and did not move it: refused after the procedure's grace period. */
  missAppointment: [{ from: ['awaitingPickup'], to: 'rejected', by: ['system'], presence: ['ceremony'], legalBasis: 'Law on Civil Status Art. 18(2)' }],
  withdraw: [
    { from: BEFORE_REGISTRATION, to: 'withdrawn', by: ['citizen'] },
    { from: ['awaitingPickup'], to: 'withdrawn', by: ['citizen'], presence: ['ceremony'] },
  ],
} as const satisfies Record<string, readonly Transition[]>;

export type Action = keyof typeof TRANSITIONS;
export const ACTIONS = Object.keys(TRANSITIONS) as Action[];

/**
 * Marks that change no status but belong in the audit trail: a non-terminal application past its
 * due date is flagged `delayed` and the applicant receives an apology with a new date (Law Art. 9(3)).
 */
export const ANNOTATIONS = {
  flagDelayed: { by: ['system'], legalBasis: 'Law on Civil Status Art. 9(3)' },
  /** A slot of the registry's published hours booked, then moved at most once (Law Art. 18(2): both appear). */
  bookAppointment: { by: ['citizen'], legalBasis: 'Law on Civil Status Art. 18(2)' },
  moveAppointment: { by: ['citizen'], legalBasis: 'Law on Civil Status Art. 18(2)' },
  /** Started at the one-stop desk on behalf of a citizen who is present, once their identity was proved. */
  assistedFiling: { by: ['helper'], legalBasis: 'Decree 87/2020 Art. 12(1)' },
} as const satisfies Record<string, { by: readonly ActorKind[]; legalBasis: string }>;
export type Annotation = keyof typeof ANNOTATIONS;

/** Statuses no action leaves. */
export const TERMINAL: readonly Status[] = STATUSES.filter((s) => STATUS_RULES[s].terminal);
/** Statuses in which the applicant's time is not counted (Law Art. 9(3); working-days.md rule 10). */
export const CLOCK_PAUSED: readonly Status[] = STATUSES.filter((s) => STATUS_RULES[s].clock === 'paused');
/** Statuses in which the applicant may change the answers. */
export const EDITABLE: readonly Status[] = STATUSES.filter((s) => STATUS_RULES[s].editable);

function rowFor(action: Action, status: Status, actor: ActorKind, presence: Presence): Transition | undefined {
  const rows: readonly Transition[] = TRANSITIONS[action];
  return rows.find((t) => t.from.includes(status) && t.by.includes(actor) && (!t.presence || t.presence.includes(presence)));
}

/** The actions an actor may take on an application in a given status (for buttons and checks). */
export function allowedActions(status: Status, actor: ActorKind, presence: Presence = 'none'): Action[] {
  return ACTIONS.filter((a) => rowFor(a, status, actor, presence) !== undefined);
}

export function transitionFor(action: Action, status: Status, actor: ActorKind, presence: Presence = 'none'): Status | null {
  return rowFor(action, status, actor, presence)?.to ?? null;
}

export function legalBasisOf(action: Action, status: Status, actor: ActorKind, presence: Presence): string | null {
  return rowFor(action, status, actor, presence)?.legalBasis ?? null;
}

export function isStatus(s: string): s is Status {
  return (STATUSES as readonly string[]).includes(s);
}
