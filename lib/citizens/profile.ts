import type { Db } from '@/db/types';
import { recordsOfPerson } from '@/lib/civil-status/records';
import { population } from '@/lib/population';
import { getRegistry } from '@/lib/registries';

/**
 * What a signed-in citizen sees about herself: her population-database record, the registry of
 * her permanent residence and her registered events. Scoped by the session's personal ID only.
 */
export async function getCitizenProfile(db: Db, personalId: string) {
  const person = await population(db).findPerson(personalId);
  if (!person) return null;
  const [registry, records] = await Promise.all([
    person.permanentResidence ? getRegistry(db, person.permanentResidence.communeCode) : undefined,
    recordsOfPerson(db, personalId),
  ]);
  return { person, registry: registry ?? null, records };
}
