/*
 * The application workflow as a table (domain README, state machine): for every action, the
 * statuses it may start from, the status it leads to, and who may take it. applyAction is the only
 * code that changes an application's status, and it consults nothing but this table.
 */

export const STATUSES = [
  'draft',
  'submitted',
  'needsSupplement',
  'inReview',
  'awaitingApplicantConfirmation',
  'awaitingRegistration',
  'awaitingSignature',
  'registered',
  'completed',
  'rejected',
  'withdrawn',
] as const;
export type Status = (typeof STATUSES)[number];

export type ActorKind = 'citizen' | 'officer' | 'signer' | 'system';

type Transition = { from: readonly Status[]; to: Status; by: readonly ActorKind[]; legalBasis?: string };

export const TRANSITIONS = {
  submit: { from: ['draft'], to: 'submitted', by: ['citizen'], legalBasis: 'Decree 87/2020 Art. 12(1)' },
  /** The check of completeness succeeded: the dossier is accepted and reviewed (appointment slip). */
  accept: { from: ['submitted'], to: 'inReview', by: ['officer'], legalBasis: 'Circular 01/2022 Art. 6(1)' },
  requestSupplement: { from: ['submitted', 'inReview'], to: 'needsSupplement', by: ['officer'], legalBasis: 'Law on Civil Status Art. 9(3)' },
  resubmit: { from: ['needsSupplement'], to: 'submitted', by: ['citizen'] },
  refuse: { from: ['submitted', 'inReview'], to: 'rejected', by: ['officer', 'signer'], legalBasis: 'Law on Civil Status Art. 5(2)' },
  returnDraft: { from: ['inReview'], to: 'awaitingApplicantConfirmation', by: ['officer'], legalBasis: 'Circular 01/2022 Art. 6(3)' },
  confirm: { from: ['awaitingApplicantConfirmation'], to: 'awaitingRegistration', by: ['citizen'], legalBasis: 'Circular 01/2022 Art. 6(3)' },
  confirmBySilence: { from: ['awaitingApplicantConfirmation'], to: 'awaitingRegistration', by: ['system'], legalBasis: 'Circular 01/2022 Art. 6(3)' },
  requestChanges: { from: ['awaitingApplicantConfirmation'], to: 'inReview', by: ['citizen'], legalBasis: 'Circular 01/2022 Art. 6(3)' },
  register: { from: ['awaitingRegistration'], to: 'awaitingSignature', by: ['officer'], legalBasis: 'Circular 01/2022 Art. 4(1), 11' },
  sign: { from: ['awaitingSignature'], to: 'registered', by: ['signer'], legalBasis: 'Law on Civil Status Art. 16(2)' },
  issue: { from: ['registered'], to: 'completed', by: ['system'], legalBasis: 'Circular 01/2022 Art. 9' },
  withdraw: {
    from: ['draft', 'submitted', 'needsSupplement', 'inReview', 'awaitingApplicantConfirmation'],
    to: 'withdrawn',
    by: ['citizen'],
  },
} as const satisfies Record<string, Transition>;

export type Action = keyof typeof TRANSITIONS;

/** Statuses no action leaves. */
export const TERMINAL: readonly Status[] = ['completed', 'rejected', 'withdrawn'];

/** The actions an actor may take on an application in a given status (for buttons and checks). */
export function allowedActions(status: Status, actor: ActorKind): Action[] {
  return (Object.keys(TRANSITIONS) as Action[]).filter((a) => {
    const t: Transition = TRANSITIONS[a];
    return t.from.includes(status) && t.by.includes(actor);
  });
}

export function transitionFor(action: Action, status: Status, actor: ActorKind): Status | null {
  const t: Transition = TRANSITIONS[action];
  return t.from.includes(status) && t.by.includes(actor) ? t.to : null;
}

/** Statuses in which the applicant's time is not counted (Law Art. 9(3); working-days.md rule 10). */
export const CLOCK_PAUSED: readonly Status[] = ['draft', 'needsSupplement', 'awaitingApplicantConfirmation'];
