import { selectPersonsOfRecords, selectRecordsByIds } from '@/db/queries/civil-status';
import { selectOrganisation, type OrganisationRow } from '@/db/queries/organisations';
import { countBirthsByCriteria, selectBirthsByCriteria, type BirthCriteria, type BirthRegistrationDetails } from '@/db/queries/register-criteria';
import type { Db } from '@/db/types';
import type { RegisterHit } from '@/lib/civil-status/register';
import { recordsOfPerson } from '@/lib/civil-status/records';
import { AppError } from '@/lib/errors';
import { population, type Person } from '@/lib/population';
import { idsOf, MAX_PERSONS, type OrganisationAnswers } from './schema';

/*
 * What the register holds for an organisation's request (Circular 01/2022 Art. 8(2)): for a list
 * of ID numbers, each person's official entries; for criteria, the matching births and their
 * counts per year of birth. Loaded for the officer and the letter; the applicant's pages never
 * show it before the letter is issued.
 */

/** A person the request names, with their official entries (and the people those entries name). */
export type NamedPerson = { personalId: string; person: Person | null; entries: RegisterHit[] };

export type Found =
  | { selection: 'idList'; persons: NamedPerson[] }
  | {
      selection: 'criteria';
      criteria: BirthCriteria;
      /** The first MAX_PERSONS births in registration order: the birth entry, and each child's own entries (a full history) or the birth alone. */
      births: (BirthRegistrationDetails & { entry: RegisterHit; entries: RegisterHit[] })[];
      counts: { year: number; births: number }[];
      total: number;
    };

export type OrganisationContext = {
  today: string;
  /** The representative who files. */
  applicant: Person;
  organisation: OrganisationRow | null;
  found: Found | null;
};

/** The roles in which an entry is about a person; as mother or father, it is their child's. */
const OWN_ROLES = new Set(['child', 'wife', 'husband', 'deceased', 'holder']);

/** A person's own official entries: their birth, marriages, death — not their children's births. */
async function officialEntries(db: Db, personalId: string): Promise<RegisterHit[]> {
  const records = (await recordsOfPerson(db, personalId)).filter((r) => r.status === 'official');
  const persons = await selectPersonsOfRecords(db, records.map((r) => r.id));
  return records
    .map((r) => ({ ...r, persons: persons.filter((p) => p.recordId === r.id) }))
    .filter((hit) => hit.subjectPersonalId === personalId || hit.otherPartyPersonalId === personalId || hit.persons.some((p) => p.personalId === personalId && OWN_ROLES.has(p.role)));
}

/** Entries with the people they name, in two queries whatever their number. */
async function hitsOf(db: Db, recordIds: readonly string[]): Promise<Map<string, RegisterHit>> {
  const [records, persons] = await Promise.all([selectRecordsByIds(db, recordIds), selectPersonsOfRecords(db, recordIds)]);
  return new Map(records.map((r) => [r.id, { ...r, persons: persons.filter((p) => p.recordId === r.id) }]));
}

export function criteriaOf(answers: OrganisationAnswers): BirthCriteria | null {
  const p = answers.persons;
  if (!p || p.selection !== 'criteria' || !p.birthYearFrom || !p.birthYearTo) return null;
  const parents = idsOf(p.parentIds);
  return { birthYearFrom: Number(p.birthYearFrom), birthYearTo: Number(p.birthYearTo), ...(p.communeCode ? { registryCode: p.communeCode } : {}), ...(parents.length ? { parentPersonalIds: parents } : {}) };
}

async function find(db: Db, answers: OrganisationAnswers): Promise<Found | null> {
  const p = answers.persons;
  if (!p) return null;
  if (p.selection === 'idList') {
    const ids = idsOf(p.personalIds).slice(0, MAX_PERSONS);
    const people = await population(db).findPeople(ids);
    const persons: NamedPerson[] = [];
    for (const id of ids) persons.push({ personalId: id, person: people.find((x) => x.personalId === id) ?? null, entries: await officialEntries(db, id) });
    return { selection: 'idList', persons };
  }
  const criteria = criteriaOf(answers);
  if (!criteria) return null;
  const [counts, list] = await Promise.all([countBirthsByCriteria(db, criteria), selectBirthsByCriteria(db, criteria, { limit: MAX_PERSONS })]);
  const births: (BirthRegistrationDetails & { entry: RegisterHit; entries: RegisterHit[] })[] = [];
  const hits = await hitsOf(db, list.map((b) => b.recordId));
  // Only a full history prints each child's other entries: the other scopes need the birth alone.
  const fullHistory = answers.request?.scope === 'fullHistory';
  for (const b of list) {
    const entry = hits.get(b.recordId);
    if (!entry) continue;
    // A child registered without a personal ID number has their birth entry only.
    births.push({ ...b, entry, entries: fullHistory && b.child.personalId ? await officialEntries(db, b.child.personalId) : [entry] });
  }
  return { selection: 'criteria', criteria, births, counts, total: counts.reduce((s, c) => s + c.births, 0) };
}

export async function loadOrganisationContext(db: Db, input: { answers: OrganisationAnswers; applicantPersonalId: string; organisationCode: string | null; today: string }): Promise<OrganisationContext> {
  const applicant = await population(db).findPerson(input.applicantPersonalId);
  if (!applicant) throw new AppError('notFound', 'Representative not in the population database');
  const organisation = input.organisationCode ? ((await selectOrganisation(db, input.organisationCode)) ?? null) : null;
  return { today: input.today, applicant, organisation, found: await find(db, input.answers) };
}
