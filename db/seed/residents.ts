import { seedResidentBirths } from './resident-births';
import type { Db } from '../types';
import { composePersonalId } from '@/lib/identity/personal-id';
import { importPopulation } from '@/lib/population/mock';
import type { NewPerson } from '@/lib/population/types';
import { COMMUNES, LEGACY_PROVINCES } from '@/lib/reference';

/*
 * Generated residents so that look-ups and lists look real: households of a head, often a
 * spouse, and children, in communes of eight provinces, with structurally valid personal ID
 * numbers. Deterministic (fixed PRNG seed), so re-seeding inserts nothing new.
 */

/** A small seeded PRNG (mulberry32): the same seed gives the same residents, and the same scale data. */
export function mulberry32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KINH = {
  surnames: [
    ['Nguyễn', 38], ['Trần', 11], ['Lê', 9], ['Phạm', 7], ['Hoàng', 5], ['Huỳnh', 4], ['Phan', 4], ['Vũ', 4], ['Võ', 3],
    ['Đặng', 2], ['Bùi', 2], ['Đỗ', 2], ['Hồ', 1], ['Ngô', 1], ['Dương', 1], ['Lý', 1], ['Đinh', 1], ['Trịnh', 1],
  ] as [string, number][],
  middle: { male: ['Văn', 'Đức', 'Minh', 'Quang', 'Hữu', 'Công', 'Thành', 'Anh', 'Gia', 'Xuân', 'Tuấn'], female: ['Thị', 'Ngọc', 'Thu', 'Thanh', 'Minh', 'Phương', 'Hồng', 'Thùy', 'Bảo', 'Khánh', 'Mai'] },
  given: {
    male: ['Anh', 'Bình', 'Cường', 'Dũng', 'Duy', 'Đạt', 'Hải', 'Hiếu', 'Hoàng', 'Hùng', 'Huy', 'Khánh', 'Khoa', 'Long', 'Minh', 'Nam', 'Phong', 'Phúc', 'Quân', 'Sơn', 'Tâm', 'Thắng', 'Thành', 'Trung', 'Tuấn', 'Việt', 'Vinh', 'Lộc', 'Tùng'],
    female: ['An', 'Anh', 'Chi', 'Dung', 'Giang', 'Hà', 'Hạnh', 'Hằng', 'Hiền', 'Hoa', 'Hương', 'Huyền', 'Lan', 'Linh', 'Loan', 'Mai', 'My', 'Ngân', 'Ngọc', 'Nhung', 'Phương', 'Quỳnh', 'Thảo', 'Thu', 'Trang', 'Vân', 'Yến', 'Oanh'],
  },
};
const MONG = {
  surnames: [['Giàng', 3], ['Sùng', 3], ['Vàng', 2], ['Thào', 2], ['Lý', 1], ['Hạng', 1], ['Má', 1]] as [string, number][],
  middle: { male: ['A', 'Seo', 'A'], female: ['Thị', 'Thị', 'Thị'] },
  given: { male: ['Páo', 'Sử', 'Chứ', 'Dính', 'Lử', 'Chở', 'Sính', 'Tủa'], female: ['Mỷ', 'Mai', 'Dợ', 'Sua', 'Chi', 'Pà', 'Xúa', 'Dế'] },
};
const STREETS = ['Lê Lợi', 'Trần Hưng Đạo', 'Nguyễn Trãi', 'Hai Bà Trưng', 'Lý Thường Kiệt', 'Quang Trung', 'Điện Biên Phủ', 'Hùng Vương', 'Lê Duẩn', 'Nguyễn Du', 'Phan Chu Trinh', 'Bà Triệu'];
const VILLAGES = ['Thôn Đông', 'Thôn Trung', 'Thôn Đoài', 'Thôn Thượng', 'Thôn Hạ', 'Xóm Mới', 'Thôn 1', 'Thôn 2', 'Bản Lao Chải', 'Bản Tả Van'];

/** Provinces the generated residents live in, with their share of households. */
const PROVINCE_SHARES: [string, number][] = [['01', 30], ['79', 25], ['37', 10], ['15', 8], ['40', 8], ['31', 7], ['48', 6], ['92', 6]];

export function generateResidents(count: number, seed = 20261123, taken: ReadonlySet<string> = new Set()) {
  const rand = mulberry32(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const weighted = <T>(xs: readonly [T, number][]) => {
    let r = rand() * xs.reduce((s, [, w]) => s + w, 0);
    for (const [x, w] of xs) if ((r -= w) < 0) return x;
    return xs[0]![0];
  };
  const used = new Set(taken);
  const communesByProvince = new Map(PROVINCE_SHARES.map(([p]) => [p, COMMUNES.filter((c) => c.provinceCode === p)]));
  const prefixesByProvince = new Map(PROVINCE_SHARES.map(([p]) => [p, LEGACY_PROVINCES.filter((l) => l.mergedIntoCode === p).map((l) => l.idPrefix)]));

  const people: NewPerson[] = [];
  const households: { id: string; headPersonalId: string; provinceCode: string; communeCode: string; detail: string }[] = [];

  const dateIn = (year: number) => {
    const month = 1 + Math.floor(rand() * 12);
    const day = 1 + Math.floor(rand() * 28);
    return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  };
  const newId = (provinceCode: string, sex: 'male' | 'female', year: number) => {
    for (;;) {
      const id = composePersonalId(pick(prefixesByProvince.get(provinceCode)!), sex, year, Math.floor(rand() * 1_000_000));
      if (!used.has(id)) {
        used.add(id);
        return id;
      }
    }
  };

  let householdNo = 0;
  while (people.length < count) {
    const provinceCode = weighted(PROVINCE_SHARES);
    const commune = pick(communesByProvince.get(provinceCode)!);
    const mong = provinceCode === '15' && rand() < 0.5;
    const names = mong ? MONG : KINH;
    const ethnicityCode = mong ? '08' : provinceCode === '15' && rand() < 0.4 ? pick(['02', '03', '09']) : '01';
    const detail = commune.type === 'xa' ? pick(VILLAGES) : `Số ${1 + Math.floor(rand() * 200)} ${pick(STREETS)}`;
    const address = { provinceCode, communeCode: commune.code, detail };
    const householdId = `HK${provinceCode}${String(++householdNo).padStart(8, '0')}`;
    const homeTown = `${commune.fullName}`;

    const person = (sex: 'male' | 'female', year: number, surname: string, relationshipToHead: string, parents: { father?: string; mother?: string } = {}) => {
      const p: NewPerson = {
        personalId: newId(provinceCode, sex, year),
        surname,
        middleName: pick(names.middle[sex]),
        givenName: pick(names.given[sex]),
        sex,
        dateOfBirth: dateIn(year),
        ethnicityCode,
        nationality: 'VN',
        placeOfBirth: commune.fullName,
        homeTown,
        permanentResidence: address,
        phone: year < 2008 && rand() < 0.8 ? `09${String(Math.floor(rand() * 1e8)).padStart(8, '0')}` : null,
        email: null,
        maritalStatus: 'single',
        fatherPersonalId: parents.father ?? null,
        motherPersonalId: parents.mother ?? null,
        householdId,
        relationshipToHead,
      };
      people.push(p);
      return p;
    };

    const headSex = rand() < 0.8 ? 'male' : 'female';
    const headYear = 1950 + Math.floor(rand() * 50);
    const headSurname = weighted(names.surnames);
    const head = person(headSex, headYear, headSurname, 'Chủ hộ');
    households.push({ id: householdId, headPersonalId: head.personalId, ...address });
    if (rand() < 0.75) {
      const spouseSex = headSex === 'male' ? 'female' : 'male';
      const spouse = person(spouseSex, Math.min(headYear + Math.floor(rand() * 7) - 2, 2000), weighted(names.surnames), spouseSex === 'female' ? 'Vợ' : 'Chồng');
      head.maritalStatus = 'married';
      spouse.maritalStatus = 'married';
      const [father, mother] = headSex === 'male' ? [head, spouse] : [spouse, head];
      const children = Math.floor(rand() * 4);
      for (let i = 0; i < children; i++) {
        const year = Math.min(headYear + 22 + Math.floor(rand() * 18), 2025);
        person(rand() < 0.5 ? 'male' : 'female', year, father.surname, 'Con', { father: father.personalId, mother: mother.personalId });
      }
    }
  }
  return { households, people: people.slice(0, count) };
}

/** The residents in the population database, and their children's births since 2016 in the register. */
export async function seedResidents(db: Db, count: number, taken: ReadonlySet<string>, now: Date) {
  const { households, people } = generateResidents(count, undefined, taken);
  const kept = new Set(people.map((p) => p.householdId));
  const added = await importPopulation(db, households.filter((h) => kept.has(h.id)), people);
  await seedResidentBirths(db, people, now);
  return added;
}
