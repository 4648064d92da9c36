import { insertApplication } from '@/db/queries/applications';
import { selectAcceptsOnline } from '@/db/queries/registry-procedures';
import type { Db } from '@/db/types';
import { AppError } from '@/lib/errors';
import { population } from '@/lib/population';
import { BIRTH_REGISTRATION } from '@/lib/procedures/birth-registration';
import { PROCEDURES } from '@/lib/procedures/catalogue';

/**
 * The registry an applicant lands on by default (her permanent residence) and whether it takes
 * the procedure online. Refused registries are said before anything is typed (Art. 5).
 */
export async function defaultRegistry(db: Db, personalId: string, procedureCode: string) {
  const person = await population(db).findPerson(personalId);
  const registryCode = person?.permanentResidence?.communeCode ?? person?.temporaryResidence?.communeCode ?? null;
  if (!registryCode) return { registryCode: null, acceptsOnline: false };
  return { registryCode, acceptsOnline: (await selectAcceptsOnline(db, registryCode, procedureCode)) === true };
}

export async function registryAcceptsOnline(db: Db, registryCode: string, procedureCode: string) {
  return (await selectAcceptsOnline(db, registryCode, procedureCode)) === true;
}

/** Starts a draft; the same start key (a double click) returns the same draft. */
export async function startApplication(db: Db, input: { personalId: string; procedureCode: string; startKey: string; now: Date }) {
  const procedure = PROCEDURES.find((p) => p.code === input.procedureCode);
  if (!procedure?.available || input.procedureCode !== BIRTH_REGISTRATION.code) throw new AppError('procedureUnavailable');
  const { registryCode, acceptsOnline } = await defaultRegistry(db, input.personalId, input.procedureCode);
  if (!registryCode || !acceptsOnline) throw new AppError('registryNotOnline', 'The registry of your residence does not accept this procedure online', { registryCode });
  return insertApplication(db, {
    procedureCode: input.procedureCode,
    formVersion: BIRTH_REGISTRATION.formVersion,
    registryCode,
    applicantPersonalId: input.personalId,
    startKey: input.startKey,
    status: 'draft',
    answers: { registry: { registryCode } },
    createdAt: input.now,
    updatedAt: input.now,
  });
}
