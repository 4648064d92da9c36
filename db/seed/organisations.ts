import type { Db } from '../types';
import { insertOrganisation, insertOrganisationAccount, selectOrganisation } from '../queries/organisations';
import { hashPassword } from '@/lib/auth/passwords';
import { importPopulation } from '@/lib/population/mock';
import type { NewPerson } from '@/lib/population/types';
import organisations from './data/demo-organisations.json';

/**
 * The demo organisations (Circular 01/2022 Art. 8(2)) with their representatives, who are people
 * of the population database like anyone, and their accounts at the demo identity provider.
 */
export async function seedOrganisations(db: Db, password: string) {
  for (const o of organisations.organisations) {
    if (await selectOrganisation(db, o.code)) continue;
    const r = o.representative;
    const householdId = `HK${o.province}O${r.personalId.slice(-7)}`;
    const person: NewPerson = {
      personalId: r.personalId,
      surname: r.surname,
      middleName: r.middleName,
      givenName: r.givenName,
      sex: r.sex as NewPerson['sex'],
      dateOfBirth: r.dateOfBirth,
      ethnicityCode: '01',
      nationality: 'VN',
      placeOfBirth: 'Hà Nội',
      homeTown: 'Hà Nội',
      permanentResidence: { provinceCode: o.province, communeCode: r.residence.communeCode, detail: r.residence.detail },
      phone: null,
      email: null,
      maritalStatus: 'married',
      fatherPersonalId: null,
      motherPersonalId: null,
      householdId,
      relationshipToHead: 'Chủ hộ',
    };
    await importPopulation(db, [{ id: householdId, headPersonalId: r.personalId, provinceCode: o.province, communeCode: r.residence.communeCode, detail: r.residence.detail }], [person]);
    await insertOrganisation(db, { code: o.code, name: o.name, provinceCode: o.province });
    await insertOrganisationAccount(db, {
      username: o.account,
      organisationCode: o.code,
      representativePersonalId: r.personalId,
      fullName: [r.surname, r.middleName, r.givenName].join(' '),
      position: r.position,
      passwordHash: await hashPassword(password),
    });
  }
}

export const DEMO_ORGANISATIONS = organisations.organisations.map((o) => ({ code: o.code, name: o.name, username: o.account, representativePersonalId: o.representative.personalId }));
