import { selectAmendedElsewhere, type AmendedElsewhereRow } from '@/db/queries/register-changes';
import type { Db } from '@/db/types';

/**
 * What the registry keeping an entry is told when another registry (the one of the person's
 * residence) registered an amendment of it (Law on Civil Status Art. 28(3); procedures.md §6): the
 * most recent, on its dashboard, from the adjustment log itself.
 */
export function amendedElsewhere(db: Db, registryCode: string): Promise<AmendedElsewhereRow[]> {
  return selectAmendedElsewhere(db, registryCode, 20);
}
