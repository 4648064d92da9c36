import { describe, expect, it } from 'vitest';
import { ACTIONS, allowedActions, PRESENCES, STATUSES, STATUS_RULES, TERMINAL, TRANSITIONS, transitionFor, type Action, type Presence, type Status } from './table';

const ACTORS = ['citizen', 'officer', 'signer', 'system'] as const;

function reachable(presence: Presence): Set<Status> {
  const reached = new Set<Status>(['draft']);
  let grew = true;
  while (grew) {
    grew = false;
    for (const action of ACTIONS) {
      for (const t of TRANSITIONS[action] as readonly { from: readonly Status[]; to: Status; presence?: readonly Presence[] }[]) {
        if (t.presence && !t.presence.includes(presence)) continue;
        if (t.from.some((f) => reached.has(f)) && !reached.has(t.to)) {
          reached.add(t.to);
          grew = true;
        }
      }
    }
  }
  return reached;
}

describe('workflow table', () => {
  it('has a rule for every status and leaves terminal statuses by no action', () => {
    expect(Object.keys(STATUS_RULES).sort()).toEqual([...STATUSES].sort());
    expect([...TERMINAL].sort()).toEqual(['completed', 'rejected', 'resultCancelled', 'withdrawn']);
    for (const status of TERMINAL) {
      for (const presence of PRESENCES) for (const actor of ACTORS) expect(allowedActions(status, actor, presence)).toEqual([]);
    }
  });

  it('leaves every non-terminal status by some action, whatever the presence', () => {
    for (const presence of PRESENCES) {
      for (const status of reachable(presence)) {
        if (STATUS_RULES[status].terminal) continue;
        expect(ACTORS.flatMap((a) => allowedActions(status, a, presence)), `${status} (${presence})`).not.toEqual([]);
      }
    }
  });

  it('reaches every status from draft under some presence, and awaitingPickup only with presence', () => {
    const all = new Set(PRESENCES.flatMap((p) => [...reachable(p)]));
    expect([...all].sort()).toEqual([...STATUSES].sort());
    expect(reachable('none').has('awaitingPickup')).toBe(false);
    expect(reachable('none').has('resultCancelled')).toBe(false);
  });

  it('lets only the system confirm by silence and only a signer sign', () => {
    expect(transitionFor('confirmBySilence', 'awaitingApplicantConfirmation', 'citizen')).toBeNull();
    expect(transitionFor('confirmBySilence', 'awaitingApplicantConfirmation', 'system')).toBe('awaitingRegistration');
    expect(transitionFor('sign', 'awaitingSignature', 'officer')).toBeNull();
    expect(transitionFor('sign', 'awaitingSignature', 'signer')).toBe('registered');
  });

  it('puts the pickup after issue, and registration at the ceremony (presence overlays)', () => {
    expect(transitionFor('issue', 'registered', 'system', 'none')).toBe('completed');
    expect(transitionFor('issue', 'registered', 'system', 'pickup')).toBe('awaitingPickup');
    expect(transitionFor('cancelResult', 'awaitingPickup', 'signer', 'pickup')).toBe('resultCancelled');
    expect(transitionFor('confirm', 'awaitingApplicantConfirmation', 'citizen', 'ceremony')).toBe('awaitingPickup');
    expect(transitionFor('register', 'awaitingPickup', 'officer', 'ceremony')).toBe('awaitingSignature');
    expect(transitionFor('register', 'awaitingPickup', 'officer', 'pickup')).toBeNull();
    expect(transitionFor('issue', 'registered', 'system', 'ceremony')).toBe('completed');
  });

  it('refuses illegal transitions such as registering an unconfirmed draft', () => {
    const illegal: [Action, Status][] = [
      ['register', 'inReview'],
      ['register', 'verificationPending'],
      ['returnDraft', 'submitted'],
      ['returnDraft', 'verificationPending'],
      ['confirm', 'inReview'],
      ['submit', 'submitted'],
      ['withdraw', 'awaitingSignature'],
      ['withdraw', 'registered'],
      ['pickupDone', 'registered'],
    ];
    for (const [action, status] of illegal) {
      for (const presence of PRESENCES) for (const actor of ACTORS) expect(transitionFor(action, status, actor, presence), `${action} from ${status}`).toBeNull();
    }
  });

  it('offers the citizen confirm, request changes and withdraw on a returned draft', () => {
    expect(allowedActions('awaitingApplicantConfirmation', 'citizen').sort()).toEqual(['confirm', 'requestChanges', 'withdraw']);
  });

  it('pauses the clock while the dossier is with the applicant, and lets her edit only a draft or a supplement', () => {
    expect(STATUSES.filter((s) => STATUS_RULES[s].clock === 'paused').sort()).toEqual(['awaitingApplicantConfirmation', 'awaitingCoApplicant', 'awaitingPayment', 'awaitingPickup', 'draft', 'needsSupplement']);
    expect(STATUSES.filter((s) => STATUS_RULES[s].editable).sort()).toEqual(['draft', 'needsSupplement']);
  });
});
