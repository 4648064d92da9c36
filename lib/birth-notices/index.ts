import { insertBirthNotice, selectBirthNoticesOfMother } from '@/db/queries/civil-status';
import type { Db } from '@/db/types';

/*
 * Electronic birth notices from health facilities (a MOCK of the health sector's system).
 * The birth-registration form finds them by the mother's personal ID number.
 */

export type BirthNotice = Parameters<typeof insertBirthNotice>[1];

export function receiveBirthNotice(db: Db, notice: BirthNotice) {
  return insertBirthNotice(db, { ...notice, facility: notice.facility.normalize('NFC') });
}

export function birthNoticesOfMother(db: Db, motherPersonalId: string) {
  return selectBirthNoticesOfMother(db, motherPersonalId);
}
