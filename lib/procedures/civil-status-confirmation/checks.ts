import type { Problem } from '../contract';
import { requesterProblems } from '../requester';
import type { ConfirmationContext } from './context';
import type { ConfirmationAnswers, StepId } from './schema';

export function visibleSteps(answers: ConfirmationAnswers): StepId[] {
  return ['applicant', 'registry', 'request', ...(answers.request?.kind === 'inconsistentInformation' ? (['inconsistencies'] as const) : []), 'documents'];
}

/** Proofs for a changed event and for inconsistent papers (Art. 8(1)(d)); the authorisation; the agency's request. */
export function requiredDocuments(answers: ConfirmationAnswers): string[] {
  const kind = answers.request?.kind;
  return [
    ...(kind === 'changedEvent' || kind === 'inconsistentInformation' ? ['proofs'] : []),
    ...(answers.applicant?.relationship === 'authorised' ? ['authorisation'] : []),
    ...(answers.request?.agencyRequest ? ['agencyLetter'] : []),
  ];
}

/** The entries the request is about: the event chosen, or all of them. */
export function selectedEntries(answers: ConfirmationAnswers, ctx: ConfirmationContext) {
  const events = answers.request?.events ?? 'all';
  return ctx.entries.filter((e) => events === 'all' || e.eventType === events);
}

export function crossChecks(answers: ConfirmationAnswers, ctx: ConfirmationContext): Problem[] {
  const problems = requesterProblems(answers.applicant, ctx);
  if (problems.length > 0 || !ctx.subject) return problems;
  const request = answers.request;
  if (!request) return [];
  if (request.kind !== 'inconsistentInformation' && selectedEntries(answers, ctx).length === 0) return [{ step: 'request', field: 'events', message: 'confirm.refusals.noEntries' }];
  // Art. 8(1)(a): nothing has changed: a copy says the same, unless a competent agency asked for a confirmation.
  if (request.kind === 'changedEvent' && ctx.changes.length === 0 && !request.agencyRequest) return [{ step: 'request', field: 'kind', message: 'confirm.refusals.noChange' }];
  return [];
}
