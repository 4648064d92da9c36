import { insertDeathNotice, selectDeathNoticesOf, type DeathNoticeRow } from '@/db/queries/civil-status';
import type { Db } from '@/db/types';

/*
 * Electronic death notices from the body that established the death (a MOCK of the health,
 * court, police and commune systems). The death-registration form finds them by the deceased's
 * personal ID number and prefills the facts of the death from them.
 */

export type { DeathNoticeRow };
export type DeathNotice = Parameters<typeof insertDeathNotice>[1];

export function receiveDeathNotice(db: Db, notice: DeathNotice) {
  const nfc = (s: string) => s.normalize('NFC').trim();
  return insertDeathNotice(db, { ...notice, issuer: nfc(notice.issuer), placeOfDeath: nfc(notice.placeOfDeath), cause: nfc(notice.cause) });
}

/** The most recent notice about this person, if any. */
export async function deathNoticeOf(db: Db, deceasedPersonalId: string): Promise<DeathNoticeRow | null> {
  const notices = await selectDeathNoticesOf(db, deceasedPersonalId);
  return notices.sort((a, b) => b.issuedOn.localeCompare(a.issuedOn))[0] ?? null;
}
