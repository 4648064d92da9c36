import { describe, expect, it } from 'vitest';
import { allowedActions, STATUSES, TERMINAL, TRANSITIONS, transitionFor, type Action, type Status } from './table';

describe('workflow table', () => {
  it('leaves terminal statuses by no action', () => {
    for (const status of TERMINAL) {
      for (const actor of ['citizen', 'officer', 'signer', 'system'] as const) expect(allowedActions(status, actor)).toEqual([]);
    }
  });

  it('reaches every status from draft', () => {
    const reached = new Set<Status>(['draft']);
    let grew = true;
    while (grew) {
      grew = false;
      for (const t of Object.values(TRANSITIONS)) {
        if (t.from.some((f: Status) => reached.has(f)) && !reached.has(t.to)) {
          reached.add(t.to);
          grew = true;
        }
      }
    }
    expect([...reached].sort()).toEqual([...STATUSES].sort());
  });

  it('lets only the system confirm by silence and only a signer sign', () => {
    expect(transitionFor('confirmBySilence', 'awaitingApplicantConfirmation', 'citizen')).toBeNull();
    expect(transitionFor('confirmBySilence', 'awaitingApplicantConfirmation', 'system')).toBe('awaitingRegistration');
    expect(transitionFor('sign', 'awaitingSignature', 'officer')).toBeNull();
    expect(transitionFor('sign', 'awaitingSignature', 'signer')).toBe('registered');
  });

  it('refuses illegal transitions such as registering an unconfirmed draft', () => {
    const illegal: [Action, Status][] = [
      ['register', 'inReview'],
      ['returnDraft', 'submitted'],
      ['confirm', 'inReview'],
      ['submit', 'submitted'],
      ['withdraw', 'awaitingSignature'],
    ];
    for (const [action, status] of illegal) {
      for (const actor of ['citizen', 'officer', 'signer', 'system'] as const) expect(transitionFor(action, status, actor)).toBeNull();
    }
  });

  it('offers the citizen confirm, request changes and withdraw on a returned draft', () => {
    expect(allowedActions('awaitingApplicantConfirmation', 'citizen').sort()).toEqual(['confirm', 'requestChanges', 'withdraw']);
  });
});
