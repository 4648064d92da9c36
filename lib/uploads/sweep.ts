import 'server-only';
import { selectReferencedKeys } from '@/db/queries/stored-files';
import type { Db } from '@/db/types';
import { STORAGE_PREFIXES, type FileStorage } from './storage';

/*
 * Files are written before the database row that references them commits (a file without a row
 * is harmless; a row without its file is not). A failed or abandoned write leaves an orphan: the
 * sweep deletes files no row references once they are older than the grace period, long enough
 * for any transaction that wrote one to have committed. The sweep itself never serves anything.
 */

/** How old an unreferenced file must be before the sweep deletes it. */
export const ORPHAN_GRACE_MS = 24 * 3600 * 1000;
const BATCH = 500;

export async function sweepOrphans(db: Db, storage: FileStorage, options: { now: Date; graceMs?: number }): Promise<{ checked: number; deleted: string[] }> {
  const before = options.now.getTime() - (options.graceMs ?? ORPHAN_GRACE_MS);
  let checked = 0;
  const deleted: string[] = [];
  const sweep = async (keys: string[]) => {
    const referenced = await selectReferencedKeys(db, keys);
    for (const key of keys) {
      if (referenced.has(key)) continue;
      await storage.delete(key);
      deleted.push(key);
    }
  };
  for (const prefix of STORAGE_PREFIXES) {
    let batch: string[] = [];
    for await (const object of storage.list(prefix)) {
      checked++;
      if (object.modifiedAt.getTime() > before) continue;
      batch.push(object.key);
      if (batch.length === BATCH) {
        await sweep(batch);
        batch = [];
      }
    }
    await sweep(batch);
  }
  return { checked, deleted };
}
