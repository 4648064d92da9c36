import type { Address } from '@/lib/population/types';
import { COMMUNES, PROVINCES } from './index';

const communeByCode = new Map(COMMUNES.map((c) => [c.code, c]));
const provinceByCode = new Map(PROVINCES.map((p) => [p.code, p]));

export function communeName(code: string): string | undefined {
  return communeByCode.get(code)?.fullName;
}

export function provinceName(code: string): string | undefined {
  return provinceByCode.get(code)?.fullName;
}

/** "12 Hàng Bài, Phường Hoàn Kiếm, Thành phố Hà Nội" — detail, commune, province. */
export function formatAddress(a: Address): string {
  return [a.detail, communeName(a.communeCode) ?? a.communeCode, provinceName(a.provinceCode) ?? a.provinceCode].filter(Boolean).join(', ');
}
