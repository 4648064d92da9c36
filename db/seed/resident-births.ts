import { inArray, and, eq } from 'drizzle-orm';
import type { Db } from '../types';
import { civilStatusRecords } from '../schema';
import { recordEntries, type EntryPerson, type NewEntry } from '@/lib/civil-status/records';
import type { NewPerson } from '@/lib/population/types';
import { COMMUNES } from '@/lib/reference';
import { registryNameFor } from '@/lib/registries';

/*
 * The register entries of the generated residents' children born since 2016 (when births began to
 * be registered with a personal ID number): one birth entry each, with both parents, at the
 * commune of residence, numbered in order within the commune's book of the year. They give the
 * register search and the organisations' criteria requests (Circular 01/2022 Art. 8(2)) something
 * to find in the demo. Deterministic like the residents, and skipped for children already entered.
 */

const FIRST_YEAR = '2016-01-01';
const date = (iso: string) => iso.split('-').reverse().join('/');
const fullName = (p: NewPerson) => [p.surname, p.middleName, p.givenName].filter(Boolean).join(' ');

export async function seedResidentBirths(db: Db, people: readonly NewPerson[], now: Date): Promise<number> {
  const byId = new Map(people.map((p) => [p.personalId, p]));
  const children = people
    .filter((p) => p.dateOfBirth >= FIRST_YEAR && p.fatherPersonalId && p.motherPersonalId && byId.has(p.fatherPersonalId) && byId.has(p.motherPersonalId))
    .sort((a, b) => a.dateOfBirth.localeCompare(b.dateOfBirth) || a.personalId.localeCompare(b.personalId));
  if (children.length === 0) return 0;
  const entered = new Set(
    (
      await db
        .select({ id: civilStatusRecords.subjectPersonalId })
        .from(civilStatusRecords)
        .where(and(eq(civilStatusRecords.eventType, 'birth'), inArray(civilStatusRecords.subjectPersonalId, children.map((c) => c.personalId))))
    ).map((r) => r.id),
  );
  const communes = new Map(COMMUNES.map((c) => [c.code, c]));
  const numbers = new Map<string, number>();
  const items: { entry: NewEntry; persons: EntryPerson[] }[] = [];
  for (const child of children) {
    const year = child.dateOfBirth.slice(0, 4);
    const registryCode = child.permanentResidence?.communeCode ?? '';
    const key = `${registryCode}/${year}`;
    const entryNumber = (numbers.get(key) ?? 0) + 1;
    numbers.set(key, entryNumber);
    if (entered.has(child.personalId)) continue;
    const commune = communes.get(registryCode);
    if (!commune) continue;
    const registryName = registryNameFor(commune);
    const book = `01/${year}`;
    // Registered within the days the law allows, and in the same year's book.
    const registeredOn = [new Date(Date.parse(`${child.dateOfBirth}T00:00:00Z`) + 10 * 86_400_000).toISOString().slice(0, 10), `${year}-12-31`].sort()[0]!;
    const mother = byId.get(child.motherPersonalId!)!;
    const father = byId.get(child.fatherPersonalId!)!;
    const persons: EntryPerson[] = [
      { role: 'child', personalId: child.personalId, fullName: fullName(child), dateOfBirth: child.dateOfBirth },
      { role: 'mother', personalId: mother.personalId, fullName: fullName(mother), dateOfBirth: mother.dateOfBirth },
      { role: 'father', personalId: father.personalId, fullName: fullName(father), dateOfBirth: father.dateOfBirth },
    ];
    items.push({
      entry: {
        eventType: 'birth',
        registrationType: 'onTime',
        subjectPersonalId: child.personalId,
        otherPartyPersonalId: null,
        nameOnRecord: fullName(child),
        registryCode,
        registryName,
        entryNumber: String(entryNumber),
        book,
        registeredOn,
        digitized: false,
        status: 'official',
        content: [
          { label: 'birth.fields.fullName', value: fullName(child).toLocaleUpperCase('vi-VN') },
          { label: 'birth.fields.sex', value: child.sex === 'male' ? 'Nam' : 'Nữ' },
          { label: 'birth.fields.dateOfBirth', value: date(child.dateOfBirth) },
          { label: 'birth.fields.placeOfBirthKind', value: child.placeOfBirth },
          { label: 'review.mother', value: fullName(mother) },
          { label: 'review.father', value: fullName(father) },
          { label: 'verify.registry', value: registryName },
          { label: 'verify.entry', value: `${entryNumber} — ${book}` },
        ],
      },
      persons,
    });
  }
  await recordEntries(db, items, now);
  return items.length;
}
