import 'server-only';
import { env } from '@/lib/env';
import { createLocalDiskStorage, type FileStorage } from '@/lib/uploads/storage';

/** The portal's private file storage, chosen here (local disk today; an S3 client would plug in). */
let storage: FileStorage | undefined;
export function fileStorage(): FileStorage {
  storage ??= createLocalDiskStorage(env.filesDir);
  return storage;
}
