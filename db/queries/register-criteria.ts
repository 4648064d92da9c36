import { and, asc, eq, gte, inArray, lte, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { birthCounts, civilStatusRecords, recordPersons } from '../schema';
import type { Db } from '../types';

/*
 * Criteria queries of an organisation over the register (Circular 01/2022 Art. 8(2)): the births
 * of children born in a range of years, at one registry and/or to given parents; as registration
 * details or as counts only. Official entries only: a digitised entry not yet approved does not
 * count (Art. 10(3)).
 *
 * A child is registered after its birth, so no entry registered before 1 January of the first year
 * can match: that bound lets the registry's entries be read from their registration date on.
 */

export type BirthCriteria = {
  birthYearFrom: number;
  birthYearTo: number;
  /** The registry keeping the book. */
  registryCode?: string;
  /** Children of any of these people (as mother or father). An empty list matches nothing. */
  parentPersonalIds?: readonly string[];
};

export type CriteriaPerson = { personalId: string | null; fullName: string; dateOfBirth: string | null };

export type BirthRegistrationDetails = {
  recordId: string;
  registryCode: string;
  registryName: string;
  book: string;
  entryNumber: string;
  registeredOn: string;
  registrationType: string;
  child: CriteriaPerson;
  mother: CriteriaPerson | null;
  father: CriteriaPerson | null;
};

const child = alias(recordPersons, 'child');
const mother = alias(recordPersons, 'mother');
const father = alias(recordPersons, 'father');
const parent = alias(recordPersons, 'parent');

function where(criteria: BirthCriteria): SQL | undefined {
  const { birthYearFrom: from, birthYearTo: to } = criteria;
  if (!Number.isInteger(from) || !Number.isInteger(to)) throw new Error('Birth years must be whole numbers');
  const parents = criteria.parentPersonalIds;
  return and(
    eq(civilStatusRecords.eventType, 'birth'),
    eq(civilStatusRecords.status, 'official'),
    gte(civilStatusRecords.registeredOn, `${from}-01-01`),
    gte(child.dateOfBirth, `${from}-01-01`),
    lte(child.dateOfBirth, `${to}-12-31`),
    criteria.registryCode ? eq(civilStatusRecords.registryCode, criteria.registryCode) : undefined,
    parents
      ? inArray(
          civilStatusRecords.id,
          sql`(select ${parent.recordId} from ${parent} where ${inArray(parent.personalId, [...parents])} and ${inArray(parent.role, ['mother', 'father'])})`,
        )
      : undefined,
  );
}

const matchesNothing = (criteria: BirthCriteria) => criteria.birthYearFrom > criteria.birthYearTo || criteria.parentPersonalIds?.length === 0;

/** Registration details of the matching births, in order of registration, at most `limit`. */
export async function selectBirthsByCriteria(db: Db, criteria: BirthCriteria, options: { limit: number }): Promise<BirthRegistrationDetails[]> {
  if (matchesNothing(criteria)) return [];
  const rows = await db
    .select({
      recordId: civilStatusRecords.id,
      registryCode: civilStatusRecords.registryCode,
      registryName: civilStatusRecords.registryName,
      book: civilStatusRecords.book,
      entryNumber: civilStatusRecords.entryNumber,
      registeredOn: civilStatusRecords.registeredOn,
      registrationType: civilStatusRecords.registrationType,
      child: { personalId: child.personalId, fullName: child.fullName, dateOfBirth: child.dateOfBirth },
      mother: { personalId: mother.personalId, fullName: mother.fullName, dateOfBirth: mother.dateOfBirth },
      father: { personalId: father.personalId, fullName: father.fullName, dateOfBirth: father.dateOfBirth },
    })
    .from(civilStatusRecords)
    .innerJoin(child, and(eq(child.recordId, civilStatusRecords.id), eq(child.role, 'child')))
    .leftJoin(mother, and(eq(mother.recordId, civilStatusRecords.id), eq(mother.role, 'mother')))
    .leftJoin(father, and(eq(father.recordId, civilStatusRecords.id), eq(father.role, 'father')))
    .where(where(criteria))
    .orderBy(asc(civilStatusRecords.registeredOn), asc(civilStatusRecords.id))
    .limit(options.limit);
  // A left join with no row yields a person of nulls (drizzle keeps the nested object): no such parent.
  const orNull = (p: { personalId: string | null; fullName: string | null; dateOfBirth: string | null } | null): CriteriaPerson | null =>
    p && p.fullName !== null ? { personalId: p.personalId, fullName: p.fullName, dateOfBirth: p.dateOfBirth } : null;
  return rows.map((r) => ({ ...r, mother: orNull(r.mother), father: orNull(r.father) }));
}

/**
 * How many matching births there are, per year of birth (years with none are left out). By registry
 * and years alone the answer is read from `birth_counts`, kept by the registering transaction: a few
 * rows whatever the size of the register. With parents it counts their children's entries.
 */
export async function countBirthsByCriteria(db: Db, criteria: BirthCriteria): Promise<{ year: number; births: number }[]> {
  if (matchesNothing(criteria)) return [];
  if (criteria.parentPersonalIds) return countBirthsByScan(db, criteria);
  const { birthYearFrom: from, birthYearTo: to } = criteria;
  if (!Number.isInteger(from) || !Number.isInteger(to)) throw new Error('Birth years must be whole numbers');
  return db
    .select({ year: birthCounts.birthYear, births: sql<number>`sum(${birthCounts.births})::int` })
    .from(birthCounts)
    .where(and(gte(birthCounts.birthYear, from), lte(birthCounts.birthYear, to), criteria.registryCode ? eq(birthCounts.registryCode, criteria.registryCode) : undefined))
    .groupBy(birthCounts.birthYear)
    .having(sql`sum(${birthCounts.births}) > 0`)
    .orderBy(birthCounts.birthYear);
}

/** The same count read from the entries themselves: for parents' children, and to check `birth_counts` against. */
export async function countBirthsByScan(db: Db, criteria: BirthCriteria): Promise<{ year: number; births: number }[]> {
  if (matchesNothing(criteria)) return [];
  const year = sql<number>`extract(year from ${child.dateOfBirth})::int`;
  return db
    .select({ year, births: sql<number>`count(*)::int` })
    .from(civilStatusRecords)
    .innerJoin(child, and(eq(child.recordId, civilStatusRecords.id), eq(child.role, 'child')))
    .where(where(criteria))
    .groupBy(year)
    .orderBy(year);
}
