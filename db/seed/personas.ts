import type { Db } from '../types';
import { createOfficeUser, getOfficeUserByUsername, officeUserExists } from '@/lib/auth/office-accounts';
import { enrolWithSecret } from '@/lib/auth/totp';
import type { OfficeRole } from '@/lib/auth/permissions';
import { receiveBirthNotice } from '@/lib/birth-notices';
import { receiveDeathNotice } from '@/lib/death-notices';
import { setRecordContent, setRecordPersons } from '@/db/queries/civil-status';
import { nameKey } from '@/lib/civil-status/name-key';
import { recordEntry, recordsOfPerson, type EntryPerson, type NewEntry } from '@/lib/civil-status/records';
import { importPopulation } from '@/lib/population/mock';
import { splitFullName } from '@/lib/population/names';
import type { Address, NewPerson } from '@/lib/population/types';
import { findCommuneByName, findProvinceByName } from '@/lib/reference';
import { ethnicityCodeByName } from '@/lib/reference/ethnicities';
import { closeOnlineReception } from '@/lib/registries';
import extraOfficeUsers from './data/extra-office-users.json';
import personas from './data/demo-personas.json';
import legacyRegistries from './data/legacy-registries.json';

/*
 * The demo personas of ../shared/domain/data/demo-personas.json (copied to ./data): citizens in
 * the population database, their civil-status records, office accounts, the electronic birth
 * notice and the registries that do not accept online applications. Written through lib/.
 */

type PersonaAddress = { detail: string; commune: string; province: string };
type Persona = (typeof personas.citizens)[number];

export const DEMO_PASSWORD = personas.demoPassword;
/**
 * The demo office accounts' second factor (TOTP), documented in the README: add it to an
 * authenticator app, or print the current code with `npm run demo:totp`.
 */
export const DEMO_TOTP_SECRET = 'HOTICHDEMOQRCODEOFFICETOTPSECRET';

export function resolveAddress(a: PersonaAddress): Address {
  const province = findProvinceByName(a.province);
  if (!province) throw new Error(`Unknown province in personas: ${a.province}`);
  const commune = findCommuneByName(a.commune, province.code);
  if (!commune) throw new Error(`Unknown commune in personas: ${a.commune}, ${a.province}`);
  return { provinceCode: province.code, communeCode: commune.code, detail: a.detail };
}

/** "UBND Phường Hoàn Kiếm, TP Hà Nội" → the registry (commune) code. */
export function resolveRegistry(text: string): string {
  const [communePart, provincePart] = text.replace(/^UBND\s+/, '').split(/,\s*/);
  return resolveAddress({ detail: '', commune: communePart!, province: provincePart! }).communeCode;
}

const ROLE_MAP: Record<string, OfficeRole> = {
  officer: 'officer',
  signer: 'signer',
  provincialSupervisor: 'dojSupervisor',
  ministryDatabaseManager: 'dbManager',
  communityHelper: 'communityHelper',
};

/** Households: people sharing an address live together; the married man heads the demo ones. */
function householdsOf(citizens: Persona[]) {
  const byAddress = new Map<string, Persona[]>();
  for (const c of citizens) {
    const key = JSON.stringify(c.permanentResidence);
    byAddress.set(key, [...(byAddress.get(key) ?? []), c]);
  }
  const households: { id: string; head: Persona; members: Persona[]; address: Address }[] = [];
  let n = 0;
  for (const members of byAddress.values()) {
    // Same address but not spouses (Quý and the Hoàn Kiếm couple) → separate households.
    const groups: Persona[][] = [];
    for (const m of members) {
      const group = groups.find((g) => g.some((x) => ('spouse' in x && x.spouse === m.key) || ('spouse' in m && m.spouse === x.key)));
      if (group) group.push(m);
      else groups.push([m]);
    }
    for (const group of groups) {
      const head = group.find((m) => m.sex === 'male') ?? group[0]!;
      const address = resolveAddress(head.permanentResidence);
      households.push({ id: `HK${address.provinceCode}D${String(++n).padStart(7, '0')}`, head, members: group, address });
    }
  }
  return households;
}

export async function seedPersonas(db: Db) {
  const citizens = personas.citizens;
  const idOf = (key: string) => citizens.find((c) => c.key === key)!.personalId;
  const households = householdsOf(citizens);

  const people: NewPerson[] = households.flatMap((h) =>
    h.members.map((c) => ({
      personalId: c.personalId,
      ...splitFullName(c.fullName),
      sex: c.sex as NewPerson['sex'],
      dateOfBirth: c.dateOfBirth,
      ethnicityCode: ethnicityCodeByName(c.ethnicity) ?? '01',
      nationality: c.nationality === 'Việt Nam' ? 'VN' : c.nationality,
      placeOfBirth: c.placeOfBirth,
      homeTown: c.homeTown,
      permanentResidence: h.address,
      phone: 'phone' in c ? (c.phone ?? null) : null,
      email: 'email' in c ? (c.email ?? null) : null,
      maritalStatus: c.maritalStatus as NewPerson['maritalStatus'],
      fatherPersonalId: null,
      motherPersonalId: null,
      householdId: h.id,
      relationshipToHead: c === h.head ? 'Chủ hộ' : c.sex === 'female' ? 'Vợ' : 'Chồng',
    })),
  );
  await importPopulation(
    db,
    households.map((h) => ({ id: h.id, headPersonalId: h.head.personalId, ...h.address })),
    people,
  );

  for (const c of citizens) {
    if (!('records' in c) || !c.records) continue;
    const existing = await recordsOfPerson(db, c.personalId);
    for (const r of c.records) {
      const legacy = legacyEntry(c, r);
      const found = existing.find((e) => e.eventType === r.type && e.entryNumber === r.number && e.book === r.book);
      if (found) {
        // A database seeded before entries listed their people: complete it, changing nothing else.
        await setRecordPersons(db, found.id, legacy.persons.map((p) => ({ ...p, nameKey: nameKey(p.fullName) })));
        if (found.content.length === 0) await setRecordContent(db, found.id, legacy.content);
        continue;
      }
      await recordEntry(db, legacy.entry, legacy.persons, new Date());
    }
  }

  for (const n of personas.electronicBirthNotices) {
    const facility = resolveAddress(n.facilityAddress);
    await receiveBirthNotice(db, {
      number: n.number,
      issuedOn: n.issuedOn,
      facility: n.facility,
      facilityProvinceCode: facility.provinceCode,
      facilityCommuneCode: facility.communeCode,
      facilityDetail: facility.detail,
      motherPersonalId: idOf(n.mother),
      childSex: n.childSex as 'male' | 'female',
      childDateOfBirth: n.childDateOfBirth,
      childTimeOfBirth: n.childTimeOfBirth,
      childWeightGrams: n.childWeightGrams,
    });
  }

  for (const n of personas.electronicDeathNotices) {
    await receiveDeathNotice(db, {
      number: n.number,
      issuedOn: n.issuedOn,
      issuerKind: n.issuerKind,
      issuer: n.issuer,
      deceasedPersonalId: idOf(n.deceased),
      dateOfDeath: n.dateOfDeath,
      timeOfDeath: n.timeOfDeath,
      placeOfDeathKind: n.placeOfDeathKind,
      placeOfDeath: n.placeOfDeath,
      cause: n.cause,
    });
  }

  for (const u of [...personas.officeUsers, ...extraOfficeUsers.officeUsers]) {
    if (await officeUserExists(db, u.username)) continue;
    const role = ROLE_MAP[u.role];
    if (!role) throw new Error(`Unknown office role in personas: ${u.role}`);
    await createOfficeUser(db, {
      username: u.username,
      fullName: u.fullName,
      title: u.title,
      role,
      registryCode: role === 'officer' || role === 'signer' || role === 'communityHelper' ? resolveRegistry(u.registry) : null,
      provinceCode: role === 'dojSupervisor' ? findProvinceByName(u.registry.replace(/^Sở Tư pháp\s+/, ''))!.code : null,
      password: personas.demoPassword,
    });
    // Pre-enrolled with the documented secret, but for the new officer who enrols at first sign-in.
    if ((u as { secondFactor?: string }).secondFactor !== 'atFirstSignIn') {
      const created = await getOfficeUserByUsername(db, u.username);
      await enrolWithSecret(db, created!.id, DEMO_TOTP_SECRET, new Date());
    }
  }

  for (const r of personas.registriesNotOnline) {
    await closeOnlineReception(db, resolveRegistry(r.registry), r.reason);
  }
}

export const DEMO_CITIZENS = personas.citizens.map((c) => ({ key: c.key, personalId: c.personalId, fullName: c.fullName }));
export const DEMO_OFFICE_USERS = [...personas.officeUsers, ...extraOfficeUsers.officeUsers].map((u) => ({ username: u.username, fullName: u.fullName, role: u.role, registry: u.registry }));

type Citizen = (typeof personas.citizens)[number];
type PersonaRecord = NonNullable<Extract<Citizen, { records: unknown }>['records']>[number];

/**
 * A persona's register entry as digitised: kept by the successor of the former registry it names,
 * pending the provincial approval (Circular 01/2022 Art. 10(3)) unless it was made electronically.
 */
function legacyEntry(c: Citizen, r: PersonaRecord): { entry: NewEntry; persons: EntryPerson[]; content: { label: string; value: string }[] } {
  const registryCode = (legacyRegistries.registries as Record<string, string>)[r.registry] ?? resolveRegistry(r.registry);
  const digitized = 'digitized' in r ? Boolean(r.digitized) : false;
  const name = 'name' in r && r.name ? r.name : c.fullName;
  const spouse = 'with' in r && r.with ? personas.citizens.find((x) => x.key === r.with) : undefined;
  const date = (iso: string) => iso.split('-').reverse().join('/');
  const persons: EntryPerson[] =
    r.type === 'birth'
      ? [{ role: 'child', personalId: c.personalId, fullName: name, dateOfBirth: c.dateOfBirth }]
      : [
          { role: c.sex === 'female' ? 'wife' : 'husband', personalId: c.personalId, fullName: name, dateOfBirth: c.dateOfBirth },
          ...(spouse ? [{ role: spouse.sex === 'female' ? ('wife' as const) : ('husband' as const), personalId: spouse.personalId, fullName: spouse.fullName, dateOfBirth: spouse.dateOfBirth }] : []),
        ];
  const content =
    r.type === 'birth'
      ? [
          { label: 'birth.fields.fullName', value: name.toLocaleUpperCase('vi-VN') },
          { label: 'birth.fields.sex', value: c.sex === 'male' ? 'Nam' : 'Nữ' },
          { label: 'birth.fields.dateOfBirth', value: date(c.dateOfBirth) },
          { label: 'birth.fields.placeOfBirthKind', value: c.placeOfBirth },
          { label: 'birth.fields.ethnicityCode', value: c.ethnicity },
          { label: 'birth.fields.nationality', value: c.nationality },
          { label: 'verify.registry', value: r.registry },
          { label: 'verify.entry', value: `${r.number} — ${r.book}` },
        ]
      : [
          ...persons.flatMap((p) => [
            { label: `marriage.preview.${p.role}`, value: p.fullName.toLocaleUpperCase('vi-VN') },
            { label: 'me.dateOfBirth', value: date(p.dateOfBirth!) },
          ]),
          { label: 'marriage.preview.registeredOn', value: date(r.registeredOn) },
          { label: 'verify.registry', value: r.registry },
          { label: 'verify.entry', value: `${r.number} — ${r.book}` },
        ];
  return {
    entry: {
      eventType: r.type as 'birth' | 'marriage',
      registrationType: 'registrationType' in r && r.registrationType === 're-registration' ? 'reRegistration' : 'onTime',
      subjectPersonalId: c.personalId,
      otherPartyPersonalId: spouse?.personalId ?? null,
      nameOnRecord: name,
      registryCode,
      registryName: r.registry,
      entryNumber: r.number,
      book: r.book,
      registeredOn: r.registeredOn,
      digitized,
      status: digitized ? 'pendingApproval' : 'official',
      content,
    },
    persons,
    content,
  };
}
