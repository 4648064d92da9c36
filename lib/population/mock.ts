import { randomInt } from 'node:crypto';
import {
  insertHouseholds,
  insertPeople,
  personalIdExists,
  reissuePerson,
  selectPersonByCurrentOrPreviousId,
  selectChildrenOf,
  selectHouseholdHeadId,
  selectPeople,
  selectPerson,
  updatePerson,
  type NewPopHouseholdRow,
  type NewPopPersonRow,
  type PopPersonRow,
} from '@/db/queries/population';
import type { Db } from '@/db/types';
import { composePersonalId } from '@/lib/identity/personal-id';
import { joinFullName } from './names';
import { PopulationError, type Address, type NewPerson, type Person, type PopulationRegistry } from './types';

/**
 * The National Population Database mock, on its own tables in the same database. It takes the
 * caller's `db`, which may be a transaction, so a registration and its population update commit
 * or roll back together. `random` is injectable so tests can force collisions.
 */
export function createMockPopulation(db: Db, random: (max: number) => number = randomInt): PopulationRegistry {
  async function mustUpdate(personalId: string, changes: Parameters<typeof updatePerson>[2]) {
    const row = await updatePerson(db, personalId, changes);
    if (!row) throw new PopulationError('personNotFound', `No person ${personalId}`);
    return toPerson(row);
  }

  return {
    // A number cancelled and reissued (Art. 4(1)) still finds the person, under their new number.
    async findPerson(personalId) {
      const row = await selectPersonByCurrentOrPreviousId(db, personalId);
      return row ? toPerson(row) : null;
    },

    async findPeople(personalIds) {
      return (await selectPeople(db, personalIds)).map(toPerson);
    },

    async findHouseholdHead(householdId) {
      const headId = await selectHouseholdHeadId(db, householdId);
      return headId ? this.findPerson(headId) : null;
    },

    async findChildrenOf(personalId) {
      return (await selectChildrenOf(db, personalId)).map(toPerson);
    },

    async allocatePersonalId({ registryProvinceCode, sex, dateOfBirth }) {
      const prefix = `0${registryProvinceCode}`;
      const year = Number(dateOfBirth.slice(0, 4));
      for (let attempt = 0; attempt < 50; attempt++) {
        const candidate = composePersonalId(prefix, sex, year, random(1_000_000));
        if (!(await personalIdExists(db, candidate))) return candidate;
      }
      throw new PopulationError('personalIdExhausted', `Could not find a free number under ${prefix}`);
    },

    async reissuePersonalId(personalId, { sex, dateOfBirth }) {
      const current = await selectPersonByCurrentOrPreviousId(db, personalId);
      if (!current) throw new PopulationError('personNotFound', `No person ${personalId}`);
      // Asked again after an answer was lost: the number already issued.
      if (current.personalId !== personalId) return current.personalId;
      const prefix = personalId.slice(0, 3);
      const year = Number(dateOfBirth.slice(0, 4));
      for (let attempt = 0; attempt < 50; attempt++) {
        const candidate = composePersonalId(prefix, sex, year, random(1_000_000));
        if (await personalIdExists(db, candidate)) continue;
        await reissuePerson(db, personalId, candidate, { sex, dateOfBirth });
        return candidate;
      }
      throw new PopulationError('personalIdExhausted', `Could not find a free number under ${prefix}`);
    },

    async addPerson(person) {
      const inserted = await insertPeople(db, [toRow(person)]);
      if (inserted === 0) throw new PopulationError('personExists', `Person ${person.personalId} already exists`);
      return (await this.findPerson(person.personalId))!;
    },

    async recordDeath(personalId, dateOfDeath) {
      const current = await selectPerson(db, personalId);
      if (!current) throw new PopulationError('personNotFound', `No person ${personalId}`);
      if (current.vitalStatus === 'deceased') throw new PopulationError('personDeceased', `${personalId} is already recorded as deceased`);
      return mustUpdate(personalId, { vitalStatus: 'deceased', dateOfDeath });
    },

    async updateMaritalStatus(personalId, status) {
      return mustUpdate(personalId, { maritalStatus: status });
    },

    async updateIdentity(personalId, changes) {
      const words = changes.fullName?.normalize('NFC').trim().split(/\s+/) ?? [];
      // A Vietnamese name: the surname first, the given name last, middle names between.
      const name = words.length >= 2 ? { surname: words[0]!, middleName: words.slice(1, -1).join(' '), givenName: words.at(-1)!, fullName: words.join(' ') } : {};
      return mustUpdate(personalId, { ...name, ...(changes.ethnicityCode ? { ethnicityCode: changes.ethnicityCode } : {}), ...(changes.sex ? { sex: changes.sex } : {}), ...(changes.dateOfBirth ? { dateOfBirth: changes.dateOfBirth } : {}) });
    },

    async deletePermanentResidence(personalId) {
      return mustUpdate(personalId, { permanentProvinceCode: null, permanentCommuneCode: null, permanentDetail: null, householdId: null, relationshipToHead: null });
    },

    async registerPermanentResidence(personalId, { address, householdId, relationshipToHead }) {
      return mustUpdate(personalId, {
        permanentProvinceCode: address.provinceCode,
        permanentCommuneCode: address.communeCode,
        permanentDetail: address.detail,
        householdId,
        relationshipToHead,
      });
    },
  };
}

/** Bulk load for demo data: households first, then their members. Idempotent. */
export async function importPopulation(db: Db, households: NewPopHouseholdRow[], people: NewPerson[]) {
  await insertHouseholds(db, households);
  return insertPeople(db, people.map(toRow));
}

function toRow(p: NewPerson): NewPopPersonRow {
  const nfc = (s: string) => s.normalize('NFC').trim();
  return {
    personalId: p.personalId,
    surname: nfc(p.surname),
    middleName: nfc(p.middleName),
    givenName: nfc(p.givenName),
    fullName: joinFullName(p),
    sex: p.sex,
    dateOfBirth: p.dateOfBirth,
    ethnicityCode: p.ethnicityCode,
    nationality: p.nationality,
    placeOfBirth: nfc(p.placeOfBirth),
    homeTown: nfc(p.homeTown),
    permanentProvinceCode: p.permanentResidence?.provinceCode ?? null,
    permanentCommuneCode: p.permanentResidence?.communeCode ?? null,
    permanentDetail: p.permanentResidence ? nfc(p.permanentResidence.detail) : null,
    temporaryProvinceCode: p.temporaryResidence?.provinceCode ?? null,
    temporaryCommuneCode: p.temporaryResidence?.communeCode ?? null,
    temporaryDetail: p.temporaryResidence ? nfc(p.temporaryResidence.detail) : null,
    phone: p.phone,
    email: p.email,
    maritalStatus: p.maritalStatus,
    fatherPersonalId: p.fatherPersonalId,
    motherPersonalId: p.motherPersonalId,
    householdId: p.householdId,
    relationshipToHead: p.relationshipToHead,
  };
}

function address(provinceCode: string | null, communeCode: string | null, detail: string | null): Address | null {
  return provinceCode && communeCode ? { provinceCode, communeCode, detail: detail ?? '' } : null;
}

function toPerson(r: PopPersonRow): Person {
  return {
    personalId: r.personalId,
    surname: r.surname,
    middleName: r.middleName,
    givenName: r.givenName,
    fullName: r.fullName,
    sex: r.sex,
    dateOfBirth: r.dateOfBirth,
    ethnicityCode: r.ethnicityCode,
    nationality: r.nationality,
    placeOfBirth: r.placeOfBirth,
    homeTown: r.homeTown,
    permanentResidence: address(r.permanentProvinceCode, r.permanentCommuneCode, r.permanentDetail),
    temporaryResidence: address(r.temporaryProvinceCode, r.temporaryCommuneCode, r.temporaryDetail),
    phone: r.phone,
    email: r.email,
    maritalStatus: r.maritalStatus,
    vitalStatus: r.vitalStatus,
    dateOfDeath: r.dateOfDeath,
    fatherPersonalId: r.fatherPersonalId,
    motherPersonalId: r.motherPersonalId,
    householdId: r.householdId,
    relationshipToHead: r.relationshipToHead,
  };
}
