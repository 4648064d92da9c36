import { insertApplication } from '@/db/queries/applications';
import { selectAcceptsOnline } from '@/db/queries/registry-procedures';
import type { Db } from '@/db/types';
import { AppError } from '@/lib/errors';
import { population } from '@/lib/population';
import { procedureOf } from '@/lib/procedures';

/**
 * The registry an applicant lands on by default (the procedure decides: her residence for a
 * birth) and whether it takes the procedure online. Refused registries are said before anything
 * is typed (Art. 5).
 */
export async function defaultRegistry(db: Db, personalId: string, procedureCode: string) {
  const person = await population(db).findPerson(personalId);
  const registryCode = person ? procedureOf(procedureCode).defaultRegistry(person) : null;
  if (!registryCode) return { registryCode: null, acceptsOnline: false };
  return { registryCode, acceptsOnline: (await selectAcceptsOnline(db, registryCode, procedureCode)) === true };
}

export async function registryAcceptsOnline(db: Db, registryCode: string, procedureCode: string) {
  return (await selectAcceptsOnline(db, registryCode, procedureCode)) === true;
}

/** Whether this applicant may file the procedure: persons file theirs, organisations theirs (Circular 01/2022 Art. 8). */
export function mayFile(procedureCode: string, organisationCode: string | null | undefined): boolean {
  return procedureOf(procedureCode).applicants === (organisationCode ? 'organisation' : 'person');
}

/** Starts a draft on the procedure's current form; the same start key (a double click) returns the same draft. */
export async function startApplication(db: Db, input: { personalId: string; organisationCode: string | null; procedureCode: string; startKey: string; now: Date }) {
  const procedure = procedureOf(input.procedureCode);
  if (!mayFile(procedure.code, input.organisationCode)) throw new AppError('procedureUnavailable', `${procedure.code} is not filed by this kind of applicant`);
  const { registryCode, acceptsOnline } = await defaultRegistry(db, input.personalId, input.procedureCode);
  if (!registryCode || !acceptsOnline) throw new AppError('registryNotOnline', 'The registry of your residence does not accept this procedure online', { registryCode });
  return insertApplication(db, {
    procedureCode: procedure.code,
    formVersion: procedure.formFor().version,
    registryCode,
    applicantPersonalId: input.personalId,
    organisationCode: input.organisationCode,
    startKey: input.startKey,
    status: 'draft',
    answers: {},
    createdAt: input.now,
    updatedAt: input.now,
  });
}
