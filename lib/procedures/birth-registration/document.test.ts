import { describe, expect, it } from 'vitest';
import { testPerson as person } from '@/lib/population/test-person';
import { printedRegistryName, signerTitleLines } from '@/lib/documents/registry-text';
import type { RegistrationFacts } from '../contract';
import { certificateContent, certificatePreview, relationshipVi } from './document';
import type { BirthAnswers } from './schema';

const mother = person({});
const father = person({ personalId: '001093054321', surname: 'Trần', middleName: 'Văn', givenName: 'Minh', fullName: 'Trần Văn Minh', sex: 'male', dateOfBirth: '1993-07-08', homeTown: 'TP Hà Nội', ethnicityCode: '02' });

const answers: BirthAnswers = {
  applicant: { relationship: 'mother', phone: '0912345678', email: '' },
  mother: { personalId: mother.personalId },
  father: { status: 'provided', personalId: father.personalId },
  child: {
    surname: 'Trần', middleName: 'Minh', givenName: 'Khôi', sex: 'male', dateOfBirth: '2026-11-15', timeOfBirth: '08:40',
    placeOfBirthKind: 'healthFacility', placeOfBirth: 'Bệnh viện Phụ sản Hà Nội', ethnicityCode: '01', homeTownKind: 'sameAsFather', homeTown: '',
  },
  bundle: { residence: true, healthInsurance: true },
};

const registration: RegistrationFacts = {
  registryCode: '00070', registryProvinceCode: '01', registryName: 'Ủy ban nhân dân phường Hoàn Kiếm, thành phố Hà Nội', entryNumber: '152', book: '01/2026', registeredOn: '2026-11-23',
  subjectPersonalId: '001226004242', registrationType: 'onTime',
};

describe('birth certificate content', () => {
  it('prints the child as typed and the parents as the population database records them', () => {
    const { registryName, entryNumber, book, registeredOn, subjectPersonalId: childPersonalId } = registration;
    expect(certificateContent(answers, { applicant: mother, mother, father }, registration)).toEqual({
      registryName, entryNumber, book, registeredOn,
      child: {
        fullName: 'Trần Minh Khôi', sex: 'male', dateOfBirth: '2026-11-15', timeOfBirth: '08:40', placeOfBirth: 'Bệnh viện Phụ sản Hà Nội',
        ethnicity: 'Kinh', nationality: 'Việt Nam', homeTown: 'TP Hà Nội', personalId: childPersonalId,
      },
      mother: { fullName: 'Nguyễn Thị Lan', yearOfBirth: '1995', ethnicity: 'Kinh', nationality: 'Việt Nam', residence: '12 Hàng Bài, Phường Hoàn Kiếm, Thành phố Hà Nội' },
      father: { fullName: 'Trần Văn Minh', yearOfBirth: '1993', ethnicity: 'Tày', nationality: 'Việt Nam', residence: '12 Hàng Bài, Phường Hoàn Kiếm, Thành phố Hà Nội' },
      declarant: { fullName: 'Nguyễn Thị Lan', relationship: 'Mẹ' },
      signer: { fullName: '', titleLines: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'] },
    });
  });

  it('leaves the father blank when he is not declared, and omits an empty time of birth', () => {
    const noFather: BirthAnswers = { ...answers, father: { status: 'notDeclared' }, child: { ...answers.child!, timeOfBirth: '', surname: 'Nguyễn', homeTownKind: 'sameAsMother' } };
    const content = certificateContent(noFather, { applicant: mother, mother, father }, registration);
    expect(content.father).toBeNull();
    expect(content.child).not.toHaveProperty('timeOfBirth');
    expect(content.child.homeTown).toBe('Tỉnh Nam Định');
  });

  it('writes NFC text even from decomposed input', () => {
    const nfd: BirthAnswers = { ...answers, child: { ...answers.child!, givenName: 'Khôi'.normalize('NFD'), placeOfBirth: 'Bệnh viện'.normalize('NFD') } };
    const content = certificateContent(nfd, { applicant: mother, mother, father }, { ...registration, registryName: registration.registryName.normalize('NFD') });
    for (const text of [content.child.fullName, content.child.placeOfBirth, content.registryName]) expect(text).toBe(text.normalize('NFC'));
  });

  it("labels the child's full name as such, not as the surname, in the preview of the draft and the verify page", () => {
    const rows = certificatePreview(certificateContent(answers, { applicant: mother, mother, father }, registration));
    expect(rows[0]).toEqual({ label: 'birth.fields.fullName', value: 'TRẦN MINH KHÔI', emphasis: true });
    expect(rows.map((r) => r.label)).not.toContain('birth.fields.surname');
  });

  it('names the registry, the signer title and the declarant as printed on certificates', () => {
    expect(printedRegistryName({ communeName: 'Phường Hoàn Kiếm', provinceName: 'Thành phố Hà Nội' })).toBe('Ủy ban nhân dân phường Hoàn Kiếm, thành phố Hà Nội');
    expect(printedRegistryName({ communeName: 'Đặc khu Bạch Long Vĩ', provinceName: 'Thành phố Hải Phòng' })).toBe('Ủy ban nhân dân đặc khu Bạch Long Vĩ, thành phố Hải Phòng');
    expect(signerTitleLines('Phó Chủ tịch UBND phường')).toEqual(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']);
    expect(signerTitleLines('Chủ tịch UBND xã')).toEqual(['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH']);
    expect(relationshipVi('grandparent', 'female')).toBe('Bà');
    expect(relationshipVi('father', 'male')).toBe('Cha');
  });
});
