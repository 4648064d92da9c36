import { recordMaritalStatus } from '@/lib/civil-status/records';
import type { Db } from '@/db/types';
import { AppError } from '@/lib/errors';
import type { RegisterInput, RegisterResult } from '../contract';
import { sides } from './checks';
import type { MarriageContext } from './context';
import type { MarriageAnswers } from './schema';

/**
 * What a marriage registration writes inside the engine's registering transaction, at the
 * ceremony (Law on Civil Status Art. 18(2)): both parties married in the population database and
 * in their e-records. The entry's subject is the husband, its other party the wife. The conditions
 * are checked once more on the records as they are now: a party married or dead since the review
 * stops the registration.
 */
export async function registerMarriage(tx: Db, input: RegisterInput<MarriageAnswers, MarriageContext>): Promise<RegisterResult> {
  const { groom, bride } = sides(input.answers, input.ctx);
  if (!groom || !bride) throw new AppError('conflict', 'The application is incomplete', { reason: 'incomplete' });
  for (const party of [groom, bride]) {
    if (party.dead) throw new AppError('conflict', `${party.person.personalId} is dead`, { reason: 'partyDead' });
    if (party.status === 'married') throw new AppError('conflict', `${party.person.personalId} is married`, { reason: 'partyMarried' });
  }
  for (const party of [groom, bride]) {
    await input.population.updateMaritalStatus(party.person.personalId, 'married');
    await recordMaritalStatus(tx, party.person.personalId, 'married', input.now);
  }
  return {
    subjectPersonalId: groom.person.personalId,
    otherPartyPersonalId: bride.person.personalId,
    nameOnRecord: `${groom.person.fullName} – ${bride.person.fullName}`,
    registrationType: 'new',
    facts: { husbandPersonalId: groom.person.personalId, wifePersonalId: bride.person.personalId },
    lock: [],
    persons: [
      { role: 'husband', personalId: groom.person.personalId, fullName: groom.person.fullName, dateOfBirth: groom.person.dateOfBirth },
      { role: 'wife', personalId: bride.person.personalId, fullName: bride.person.fullName, dateOfBirth: bride.person.dateOfBirth },
    ],
  };
}
