import { recordMaritalStatus } from '@/lib/civil-status/records';
import type { Db } from '@/db/types';
import { AppError } from '@/lib/errors';
import type { RegisterInput, RegisterResult } from '../contract';
import { registrationType } from './checks';
import type { DeathContext } from './context';
import type { DeathAnswers } from './schema';

/**
 * What a death registration writes inside the engine's registering transaction (Law Art. 34):
 * the deceased recorded as dead in the population database with the date, the surviving spouse
 * widowed in both databases, and the deceased's e-record locked (returned in `lock`).
 */
export async function registerDeath(tx: Db, input: RegisterInput<DeathAnswers, DeathContext>): Promise<RegisterResult> {
  const { answers, ctx, population: pop } = input;
  const death = answers.death;
  const deceased = ctx.deceased;
  if (!death || !deceased) throw new AppError('conflict', 'The application is incomplete', { reason: 'incomplete' });
  if (ctx.deceasedLocked || deceased.vitalStatus === 'deceased') throw new AppError('conflict', 'This death is already registered', { reason: 'alreadyRegistered' });
  await pop.recordDeath(deceased.personalId, death.dateOfDeath);
  const facts: Record<string, string> = { deceasedFullName: deceased.fullName, dateOfDeath: death.dateOfDeath };
  if (ctx.spouse) {
    await pop.updateMaritalStatus(ctx.spouse.personalId, 'widowed');
    await recordMaritalStatus(tx, ctx.spouse.personalId, 'widowed', input.now);
    facts.widowedSpousePersonalId = ctx.spouse.personalId;
  }
  return {
    subjectPersonalId: deceased.personalId,
    otherPartyPersonalId: null,
    nameOnRecord: deceased.fullName,
    registrationType: registrationType(death.dateOfDeath, input.submittedOn),
    facts,
    lock: [deceased.personalId],
    persons: [{ role: 'deceased', personalId: deceased.personalId, fullName: deceased.fullName, dateOfBirth: deceased.dateOfBirth }],
  };
}
