import { describe, expect, it } from 'vitest';
import type { Person } from '@/lib/population/types';
import { ageOn, competentRegistries, crossChecks, requiredDocuments } from './checks';
import { kinshipOf, type MarriageContext, type PartyRecord } from './context';
import type { MarriageAnswers } from './schema';

/*
 * Marriage conditions the databases can check (Law on Marriage and Family 2014 Arts. 5, 8;
 * procedures.md §3): each is refused before submission, on the page where it arises.
 */

const person = (over: Partial<Person>): Person => ({
  personalId: '079098001234', surname: 'Đỗ', middleName: 'Quang', givenName: 'Huy', fullName: 'Đỗ Quang Huy', sex: 'male', dateOfBirth: '1998-04-25',
  ethnicityCode: '01', nationality: 'VN', placeOfBirth: '', homeTown: '', permanentResidence: { provinceCode: '79', communeCode: '26734', detail: '88 Lê Lợi' }, temporaryResidence: null,
  phone: null, email: null, maritalStatus: 'single', vitalStatus: 'alive', dateOfDeath: null, fatherPersonalId: null, motherPersonalId: null, householdId: null, relationshipToHead: null, ...over,
});
const HUY = person({});
const MAI = person({ personalId: '079300004321', fullName: 'Võ Thị Mai', sex: 'female', dateOfBirth: '2000-10-01', permanentResidence: { provinceCode: '79', communeCode: '26740', detail: '15 Pasteur' } });
const party = (p: Person, status: PartyRecord['status'] = 'neverMarried', dead = false): PartyRecord => ({ person: p, status, dead });
const ctx = (other: PartyRecord | null, self: PartyRecord = party(HUY)): MarriageContext => ({ today: '2026-12-02', applicant: self.person, self, other, kinship: other ? kinshipOf(self.person, other.person) : null });
const answers = (over: MarriageAnswers = {}): MarriageAnswers => ({
  applicant: { party: 'groom', phone: '0901234567', email: '' },
  otherParty: { personalId: MAI.personalId },
  registry: { registryCode: '26740' },
  status: { groomStatus: 'neverMarried', groomCourt: '', groomJudgmentNumber: '', groomJudgmentDate: '', brideStatus: 'neverMarried', brideCourt: '', brideJudgmentNumber: '', brideJudgmentDate: '' },
  ceremony: { intendedDate: '2026-12-07' },
  ...over,
});
const messages = (a: MarriageAnswers, c: MarriageContext) => crossChecks(a, c).map((p) => `${p.step}.${p.field}: ${p.message}`);

describe('marriage conditions (Law on Marriage and Family Arts. 5, 8)', () => {
  it('accepts Huy and Mai, never married, both of age, at the commune of either residence', () => {
    expect(messages(answers(), ctx(party(MAI)))).toEqual([]);
    expect(competentRegistries(ctx(party(MAI)))).toEqual(['26734', '26740']);
    expect(messages(answers({ registry: { registryCode: '26734' } }), ctx(party(MAI)))).toEqual([]);
  });

  it('refuses a party recorded as married, whether the other party or the applicant', () => {
    expect(messages(answers(), ctx(party(MAI, 'married')))).toContain('otherParty.personalId: marriage.refusals.otherMarried');
    expect(messages(answers(), ctx(party(MAI), party(HUY, 'married')))).toContain('applicant.party: marriage.refusals.selfMarried');
  });

  it('refuses a man under 20 or a woman under 18 on the intended date, and accepts them on their birthday', () => {
    const young = party(person({ ...MAI, dateOfBirth: '2008-12-10' }));
    expect(messages(answers(), ctx(young))).toContain('ceremony.intendedDate: marriage.refusals.brideAge');
    expect(messages(answers({ ceremony: { intendedDate: '2026-12-10' } }), ctx(young))).not.toContain('ceremony.intendedDate: marriage.refusals.brideAge');
    const youngGroom = party(person({ dateOfBirth: '2006-12-08' }));
    expect(messages(answers(), ctx(party(MAI), youngGroom))).toContain('ceremony.intendedDate: marriage.refusals.groomAge');
    expect(messages(answers({ ceremony: { intendedDate: '2026-12-08' } }), ctx(party(MAI), youngGroom))).toEqual([]);
    expect(ageOn('2006-12-08', '2026-12-07')).toBe(19);
    expect(ageOn('2006-12-08', '2026-12-08')).toBe(20);
  });

  it('refuses a same-sex pair with an explanation', () => {
    const man = party(person({ personalId: '079095001111', fullName: 'Lê Văn Nam' }));
    expect(messages(answers({ otherParty: { personalId: man.person.personalId } }), ctx(man))).toContain('otherParty.personalId: marriage.refusals.sameSex');
  });

  it('refuses the same person twice', () => {
    expect(messages(answers({ otherParty: { personalId: HUY.personalId } }), ctx(party(HUY)))).toContain('otherParty.personalId: marriage.refusals.samePerson');
  });

  it('refuses a party recorded as dead', () => {
    expect(messages(answers(), ctx(party(person({ ...MAI, vitalStatus: 'deceased' }), 'neverMarried', true)))).toContain('otherParty.personalId: marriage.refusals.dead');
  });

  it('refuses a number nobody has, a registry where neither party resides, a past or non-working day', () => {
    expect(messages(answers(), ctx(null))).toContain('otherParty.personalId: lookup.notFound');
    expect(messages(answers({ registry: { registryCode: '00070' } }), ctx(party(MAI)))).toContain('registry.registryCode: marriage.refusals.registry');
    expect(messages(answers({ ceremony: { intendedDate: '2026-12-01' } }), ctx(party(MAI)))).toContain('ceremony.intendedDate: marriage.refusals.intendedPast');
    expect(messages(answers({ ceremony: { intendedDate: '2026-12-06' } }), ctx(party(MAI)))).toContain('ceremony.intendedDate: marriage.refusals.notWorkingDay');
  });

  it('flags parties the databases show as parent and child, or as siblings', () => {
    expect(kinshipOf(person({ fatherPersonalId: '079070000001' }), person({ personalId: '079070000001' }))).toBe('parentChild');
    expect(kinshipOf(person({ motherPersonalId: 'M' }), person({ personalId: 'x', motherPersonalId: 'M' }))).toBe('siblings');
    expect(kinshipOf(HUY, MAI)).toBeNull();
  });

  it('asks for the judgment of a divorce not in the databases, and a certificate for a status they cannot confirm', () => {
    const divorced = answers({ status: { ...answers().status!, brideStatus: 'divorced' } });
    expect(messages(divorced, ctx(party(MAI, null)))).toEqual(expect.arrayContaining(['status.brideCourt: validation.required', 'status.brideJudgmentNumber: validation.required']));
    expect(requiredDocuments(divorced, ctx(party(MAI, null)))).toEqual(['brideStatusCertificate', 'brideDivorceJudgment']);
    // A divorce the databases hold needs nothing more.
    expect(requiredDocuments(divorced, ctx(party(MAI, 'divorced')))).toEqual([]);
    expect(messages(divorced, ctx(party(MAI, 'divorced')))).toEqual([]);
  });
});
