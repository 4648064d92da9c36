import type { RegisterHit } from '@/lib/civil-status/register';

/*
 * A register entry on one printed line, as confirmation letters name the papers they speak of
 * (Circular 01/2022 Art. 8): shared by the letters to persons and to organisations.
 */

const DOCUMENT_OF: Record<string, string> = { birth: 'Giấy khai sinh', marriage: 'Giấy chứng nhận kết hôn', death: 'Trích lục khai tử', maritalStatusCertificate: 'Giấy xác nhận tình trạng hôn nhân', amendment: 'Trích lục thay đổi, cải chính hộ tịch' };

const date = (iso: string) => iso.split('-').reverse().join('/');

/** "Giấy khai sinh số 18, quyển 01/1963, UBND xã Vũ Phúc, đăng ký ngày 01/03/1963" */
export function documentOf(entry: Pick<RegisterHit, 'eventType' | 'entryNumber' | 'book' | 'registryName' | 'registeredOn'>): string {
  return `${DOCUMENT_OF[entry.eventType] ?? entry.eventType} số ${entry.entryNumber}, quyển ${entry.book}, ${entry.registryName}, đăng ký ngày ${date(entry.registeredOn)}`;
}
