import { z } from 'zod';
import { insertOutbox } from '@/db/queries/outbox';
import type { Db } from '@/db/types';
import { PopulationError, type IdentityChanges, type MaritalStatus, type PopulationRegistry } from './types';

/*
 * Keeping the National Population Database in step with ours (Circular 01/2022 Art. 3(2)). What a
 * registration changes there afterwards (a death, a marital status) is written to the outbox in the
 * registering transaction and delivered until the population database acknowledges it: when that
 * database is down, the registration still stands and the change waits. A newborn's personal ID
 * number is asked for in the registration itself; when it is not issued then, nothing is
 * registered and the request waits in the outbox (POPULATION_PERSONAL_ID_TOPIC, Art. 4(1)).
 */

export const POPULATION_SYNC_TOPIC = 'population.sync';

export const populationChange = z.discriminatedUnion('method', [
  z.object({ method: z.literal('recordDeath'), personalId: z.string(), dateOfDeath: z.string(), registryCode: z.string(), applicationId: z.string() }),
  z.object({ method: z.literal('updateMaritalStatus'), personalId: z.string(), status: z.enum(['single', 'married', 'divorced', 'widowed']), registryCode: z.string(), applicationId: z.string() }),
  z.object({ method: z.literal('updateIdentity'), personalId: z.string(), changes: z.object({ fullName: z.string().optional(), ethnicityCode: z.string().optional(), sex: z.enum(['male', 'female']).optional(), dateOfBirth: z.string().optional() }), registryCode: z.string(), applicationId: z.string() }),
]);
export type PopulationChange = z.infer<typeof populationChange>;

/**
 * A personal ID number the population database did not issue when a registration asked for it
 * (Circular 01/2022 Art. 4(1)): asked again through the outbox until it answers; the application
 * waits in `awaitingPersonalId` meanwhile.
 */
export const POPULATION_PERSONAL_ID_TOPIC = 'population.personalId';
export const personalIdRequest = z.discriminatedUnion('kind', [
  /** A newborn's number (birth registration). */
  z.object({ kind: z.literal('allocate'), applicationId: z.string(), registryProvinceCode: z.string(), sex: z.enum(['male', 'female']), dateOfBirth: z.string() }),
  /** A new number for a person whose corrected sex or year of birth the old one no longer encodes. */
  z.object({ kind: z.literal('reissue'), applicationId: z.string(), personalId: z.string(), sex: z.enum(['male', 'female']), dateOfBirth: z.string() }),
]);
export type PersonalIdRequest = z.infer<typeof personalIdRequest>;

/** The population database did not issue the number now; the registration waits for its answer. */
export class PersonalIdNotIssued extends Error {
  constructor(readonly request: PersonalIdRequest, readonly why: string) {
    super(`No personal ID number issued for ${request.applicationId}: ${why}`);
    this.name = 'PersonalIdNotIssued';
  }
}

const WAIT_FOR_ANSWER: readonly PopulationError['code'][] = ['personalIdNotIssued', 'personalIdExhausted'];

/** What a registration may do with the population database: read, allocate and record a newborn, and queue changes. */
export type RegistrationPopulation = Pick<PopulationRegistry, 'findPerson' | 'findPeople' | 'findHouseholdHead' | 'findChildrenOf' | 'allocatePersonalId' | 'addPerson'> & {
  recordDeath(personalId: string, dateOfDeath: string): Promise<void>;
  updateMaritalStatus(personalId: string, status: MaritalStatus): Promise<void>;
  updateIdentity(personalId: string, changes: IdentityChanges): Promise<void>;
};

/**
 * The population database as a registering transaction sees it: reads and the newborn's number go
 * to it directly; changes are queued in the same transaction, one outbox message each.
 */
export function registrationPopulation(
  tx: Db,
  direct: PopulationRegistry,
  origin: { applicationId: string; registryCode: string; now: Date; /** Issued after an earlier attempt waited for it (Art. 4(1)). */ issuedPersonalId?: string | null },
): RegistrationPopulation {
  let n = 0;
  const queue = async (change: PopulationChange) => {
    n++;
    await insertOutbox(tx, { topic: POPULATION_SYNC_TOPIC, idempotencyKey: `${origin.applicationId}:population:${n}`, payload: change, createdAt: origin.now, nextAttemptAt: origin.now });
  };
  const { applicationId, registryCode } = origin;
  return {
    findPerson: (id) => direct.findPerson(id),
    findPeople: (ids) => direct.findPeople(ids),
    findHouseholdHead: (id) => direct.findHouseholdHead(id),
    findChildrenOf: (id) => direct.findChildrenOf(id),
    allocatePersonalId: async (input) => {
      if (origin.issuedPersonalId) return origin.issuedPersonalId;
      return direct.allocatePersonalId(input).catch((err: unknown) => {
        if (err instanceof PopulationError && WAIT_FOR_ANSWER.includes(err.code)) throw new PersonalIdNotIssued({ kind: 'allocate', applicationId, ...input }, err.message);
        throw err;
      });
    },
    addPerson: (person) => direct.addPerson(person),
    recordDeath: (personalId, dateOfDeath) => queue({ method: 'recordDeath', personalId, dateOfDeath, registryCode, applicationId }),
    updateMaritalStatus: (personalId, status) => queue({ method: 'updateMaritalStatus', personalId, status, registryCode, applicationId }),
    updateIdentity: (personalId, changes) => queue({ method: 'updateIdentity', personalId, changes, registryCode, applicationId }),
  };
}

/** Applies a queued change; applying it twice is the same as once (a retry after a lost acknowledgement). */
export async function applyPopulationChange(pop: PopulationRegistry, payload: unknown): Promise<void> {
  const change = populationChange.parse(payload);
  if (change.method === 'updateMaritalStatus') {
    await pop.updateMaritalStatus(change.personalId, change.status);
    return;
  }
  if (change.method === 'updateIdentity') {
    await pop.updateIdentity(change.personalId, change.changes);
    return;
  }
  await pop.recordDeath(change.personalId, change.dateOfDeath).catch((err: unknown) => {
    if (err instanceof PopulationError && err.code === 'personDeceased') return;
    throw err;
  });
}
